package ai.iiagent.service.projects;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.DesignNode;
import ai.iiagent.port.in.projects.DesignOperation;
import ai.iiagent.port.in.projects.DesignPlan;
import ai.iiagent.port.in.projects.DesignPlanUseCase;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Design mode's iframe plan: the model reads a compact outline of the page the web UI shows (the picked
 * element, its subtree, then the rest) and answers one operation a line; lines that are not a known
 * operation on an element of the snapshot, or that would put active content into a style, are dropped.
 * One billed LLM call; the sandbox is not touched.
 */
public final class DesignPlanService implements DesignPlanUseCase {

    /** The system prompt; the offline model recognises an iframe plan by its start. */
    public static final String PROMPT = "Plan changes to a web page shown in a design tool. Answer one operation per"
            + " line and nothing else:\nset_style DESIGN_ID CSS-PROPERTY VALUE\nset_text DESIGN_ID NEW TEXT\n"
            + "explanation: ONE SENTENCE\nUse only design ids from the outline; prefer the selected element.";
    static final String REQUEST_LABEL = "Request: ";
    static final String SELECTED_LABEL = "Selected: ";
    private static final int MAX_NODES = 2_000;
    private static final int MAX_REQUEST = 4_000;
    private static final int MAX_FIELD = 2_000;
    private static final int MAX_NODE_HTML = 4_000;
    private static final int OUTLINE_NODES = 300;
    private static final int MAX_OPERATIONS = 20;
    private static final int MAX_OUTPUT_TOKENS = 1_500;
    private static final Pattern DESIGN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PROPERTY = Pattern.compile("-?[a-z][a-z-]{0,39}");
    private static final Pattern ACTIVE_VALUE = Pattern.compile("(?i)url\\s*\\(|expression\\s*\\(|javascript:|[<>{};\\\\]");

    private final ProjectAccess access;
    private final ModelCatalogPort models;
    private final BillableExecutor billable;

    public DesignPlanService(ProjectAccess access, ModelCatalogPort models, BillableExecutor billable) {
        this.access = access;
        this.models = models;
        this.billable = billable;
    }

    @Override
    public DesignPlan plan(UserId caller, SessionId sessionId, String userRequest, String selectedDesignId,
                           String pageTitle, List<DesignNode> nodes) {
        Project project = access.ofSession(caller, sessionId);
        ProjectDesignService.text(userRequest, MAX_REQUEST, "the request (user_request)");
        Map<String, DesignNode> byId = index(nodes);
        if (selectedDesignId != null && !byId.containsKey(selectedDesignId)) {
            throw ProjectDesignService.invalid("selected_element.design_id is not a node of document_snapshot");
        }
        if (pageTitle != null && pageTitle.length() > MAX_FIELD) {
            throw ProjectDesignService.invalid("document_snapshot.title is at most " + MAX_FIELD + " characters");
        }
        String said = REQUEST_LABEL + userRequest.strip() + "\n" + (selectedDesignId == null ? ""
                : SELECTED_LABEL + selectedDesignId + "\n") + "Page title: " + (pageTitle == null ? "" : pageTitle.strip())
                + "\nOutline:\n" + outline(byId, selectedDesignId);
        ResolvedModel model = models.resolve(caller, null);
        int cap = Math.min(MAX_OUTPUT_TOKENS, model.maxOutputTokens() > 0 ? model.maxOutputTokens() : MAX_OUTPUT_TOKENS);
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                List.of(Message.system(PROMPT), Message.user(said)), List.of(), cap);
        String answer = billable.streamLlm(new LlmCharge(caller, project.sessionId().value(), null,
                "design-plan-" + UUID.randomUUID(), model.price(), cap, model.byok()), request, delta -> { }).text();
        return parse(answer == null ? "" : answer, byId.keySet());
    }

    private static Map<String, DesignNode> index(List<DesignNode> nodes) {
        if (nodes == null || nodes.isEmpty() || nodes.size() > MAX_NODES) {
            throw ProjectDesignService.invalid("document_snapshot.nodes holds 1 to " + MAX_NODES + " elements");
        }
        Map<String, DesignNode> byId = new LinkedHashMap<>();
        for (DesignNode node : nodes) {
            if (node == null || node.designId() == null || !DESIGN_ID.matcher(node.designId()).matches()
                    || node.tagName() == null || node.tagName().isBlank() || longer(node.tagName(), 64)
                    || longer(node.className(), MAX_FIELD) || longer(node.id(), MAX_FIELD)
                    || longer(node.textContent(), MAX_FIELD) || longer(node.html(), MAX_NODE_HTML)
                    || byId.putIfAbsent(node.designId(), node) != null) {
                throw ProjectDesignService.invalid("each node has a unique design_id ([A-Za-z0-9_-], at most 64), a"
                        + " tag_name, and text fields of at most " + MAX_FIELD + " characters (html " + MAX_NODE_HTML + ")");
            }
        }
        return byId;
    }

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }

    // The selected element and its subtree first (where the change most likely goes), then the page in order.
    private static String outline(Map<String, DesignNode> byId, String selected) {
        List<DesignNode> ordered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (selected != null) {
            List<String> queue = new ArrayList<>(List.of(selected));
            for (int i = 0; i < queue.size() && ordered.size() < OUTLINE_NODES / 3; i++) {
                DesignNode node = byId.get(queue.get(i));
                if (node != null && seen.add(node.designId())) {
                    ordered.add(node);
                    byId.values().stream().filter(child -> node.designId().equals(child.parentDesignId()))
                            .forEach(child -> queue.add(child.designId()));
                }
            }
        }
        byId.values().stream().filter(node -> !seen.contains(node.designId())).limit(OUTLINE_NODES - ordered.size())
                .forEach(ordered::add);
        StringBuilder out = new StringBuilder();
        for (DesignNode node : ordered) {
            out.append("- ").append(node.designId()).append(" <").append(node.tagName().toLowerCase(Locale.ROOT)).append('>')
                    .append(node.id() == null || node.id().isBlank() ? "" : " id='" + cut(node.id(), 80) + "'")
                    .append(node.className() == null || node.className().isBlank() ? "" : " class='" + cut(node.className(), 120) + "'")
                    .append(node.parentDesignId() == null ? "" : " parent=" + cut(node.parentDesignId(), 64))
                    .append(node.textContent() == null || node.textContent().isBlank() ? ""
                            : " text='" + cut(node.textContent(), 120) + "'")
                    .append(node.designId().equals(selected) && node.html() != null ? "\n  html: " + cut(node.html(), 1_200) : "")
                    .append('\n');
        }
        return out.toString();
    }

    private static String cut(String value, int max) {
        String flat = value.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    static DesignPlan parse(String answer, Set<String> designIds) {
        List<DesignOperation> operations = new ArrayList<>();
        String explanation = "";
        for (String raw : answer.strip().lines().toList()) {
            String line = raw.strip().replaceFirst("^[-*]\\s+", "").replace("`", "");
            if (line.toLowerCase(Locale.ROOT).startsWith("explanation:")) {
                explanation = cut(line.substring("explanation:".length()), 500);
                continue;
            }
            String[] parts = line.split("\\s+", 4);
            if (operations.size() >= MAX_OPERATIONS || parts.length < 3 || !designIds.contains(parts[1])) {
                continue;
            }
            if (parts[0].equals(DesignOperation.SET_TEXT)) {
                String text = line.split("\\s+", 3)[2];
                if (text.length() <= MAX_FIELD) {
                    operations.add(new DesignOperation(DesignOperation.SET_TEXT, parts[1], null, null, text));
                }
            } else if (parts[0].equals(DesignOperation.SET_STYLE) && parts.length == 4
                    && PROPERTY.matcher(parts[2]).matches() && parts[3].length() <= 200
                    && !ACTIVE_VALUE.matcher(parts[3]).find()) {
                operations.add(new DesignOperation(DesignOperation.SET_STYLE, parts[1], parts[2], parts[3], null));
            }
        }
        if (explanation.isEmpty()) {
            explanation = operations.isEmpty() ? "The model planned no change it could apply." : "";
        }
        return new DesignPlan(List.copyOf(operations), explanation);
    }
}
