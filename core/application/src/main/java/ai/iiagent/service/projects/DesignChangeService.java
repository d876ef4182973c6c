package ai.iiagent.service.projects;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.DesignChangeUseCase;
import ai.iiagent.port.in.projects.DesignChangeResult;
import ai.iiagent.port.in.projects.DesignRevertResult;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Design mode's AI change: the model rewrites the picked element (one billed call), the element is
 * replaced in the project's file, and git records a checkpoint before and a commit after, so the change
 * can be undone with {@code git checkout <checkpoint> -- <file>} (or {@code save_checkpoint}'s history).
 */
public final class DesignChangeService implements DesignChangeUseCase {

    /** The system prompt; the offline model recognises a design change by its start. */
    public static final String PROMPT = "Change one HTML element of a web page as the instruction says. Answer with"
            + " the element's new outer HTML only: no explanation, no Markdown fences, no script, no event handlers.";
    static final String INSTRUCTION_LABEL = "Instruction: ";
    static final String SELECTOR_LABEL = "Selector: ";
    static final String ELEMENT_LABEL = "Element:\n";
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]{0,299}");
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");
    private static final int NO_SUCH_CHECKPOINT = 3;
    private static final Pattern FENCE = Pattern.compile("(?s)^```[a-zA-Z]*\\n(.*?)\\n?```$");
    private static final int MAX_ELEMENT_HTML = 64 * 1024;
    private static final int MAX_INSTRUCTION = 4_000;
    private static final int MAX_FILE = 2 * 1024 * 1024;
    private static final int MAX_OUTPUT_TOKENS = 8_000;
    private static final String COMMIT = "git -c user.name=II-Agent -c user.email=agent@ii-agent.invalid commit -q -m"
            + " \"$DESIGN_MESSAGE\"";

    private final ProjectAccess access;
    private final SandboxPort sandbox;
    private final ModelCatalogPort models;
    private final BillableExecutor billable;

    public DesignChangeService(ProjectAccess access, SandboxPort sandbox, ModelCatalogPort models, BillableExecutor billable) {
        this.access = access;
        this.sandbox = sandbox;
        this.models = models;
        this.billable = billable;
    }

    @Override
    public DesignChangeResult change(UserId caller, SessionId sessionId, String filePath, String selector,
                                     String elementHtml, String instruction) {
        Project project = access.ofSession(caller, sessionId);
        String file = validFile(filePath);
        ProjectDesignService.text(elementHtml, MAX_ELEMENT_HTML, "the element's HTML");
        ProjectDesignService.text(instruction, MAX_INSTRUCTION, "instruction");
        if (selector != null && selector.length() > 2_000) {
            throw ProjectDesignService.invalid("selector is at most 2000 characters");
        }
        String path = project.directory() + "/" + file;
        String checkpoint = inSandbox(caller, project, reservation -> {
            String page = new String(sandbox.readFile(project.sessionId(), path, reservation), StandardCharsets.UTF_8);
            if (page.length() > MAX_FILE || !page.contains(elementHtml)) {
                throw new ConflictException(ProjectErrors.DESIGN_ELEMENT_NOT_FOUND,
                        "the element's HTML is not in " + file + " as sent (reload the design page)");
            }
            return git(project, "{ [ -d .git ] || git init -q -b main; } && git add -A && { git diff --cached --quiet"
                    + " && git rev-parse -q --verify HEAD >/dev/null || " + COMMIT + "; } && git rev-parse HEAD",
                    "Checkpoint before a design change", reservation);
        });
        String newHtml = ask(caller, project, selector, elementHtml, instruction);
        String commit = inSandbox(caller, project, reservation -> {
            String page = new String(sandbox.readFile(project.sessionId(), path, reservation), StandardCharsets.UTF_8);
            int at = page.indexOf(elementHtml);
            if (at < 0) {
                throw new ConflictException(ProjectErrors.DESIGN_ELEMENT_NOT_FOUND, "the file changed meanwhile");
            }
            String changed = page.substring(0, at) + newHtml + page.substring(at + elementHtml.length());
            sandbox.writeFile(project.sessionId(), path, changed.getBytes(StandardCharsets.UTF_8), reservation);
            return git(project, "git add -A && " + COMMIT + " && git rev-parse HEAD",
                    "Design change: " + instruction.strip(), reservation);
        });
        return new DesignChangeResult(file, elementHtml, newHtml, checkpoint, commit);
    }

    @Override
    public DesignRevertResult revert(UserId caller, SessionId sessionId, String filePath, String checkpoint) {
        Project project = access.ofSession(caller, sessionId);
        String file = validFile(filePath);
        if (checkpoint == null || !COMMIT_ID.matcher(checkpoint.strip()).matches()) {
            throw ProjectDesignService.invalid("checkpoint is the 40-hex git commit an AI change answered");
        }
        String commit = inSandbox(caller, project, reservation -> git(project, "[ -d .git ] && git cat-file -e"
                + " \"$DESIGN_CHECKPOINT^{commit}\" 2>/dev/null || exit " + NO_SUCH_CHECKPOINT + "; git checkout"
                + " \"$DESIGN_CHECKPOINT\" -- \"$DESIGN_FILE\" && git add -A && { git diff --cached --quiet || " + COMMIT
                + "; } && git rev-parse HEAD", Map.of("DESIGN_MESSAGE", "Design revert: " + file + " as at "
                + checkpoint.strip().substring(0, 12), "DESIGN_CHECKPOINT", checkpoint.strip(), "DESIGN_FILE", file),
                reservation));
        return new DesignRevertResult(file, checkpoint.strip(), commit);
    }

    private String ask(UserId caller, Project project, String selector, String elementHtml, String instruction) {
        ResolvedModel model = models.resolve(caller, null);
        int cap = Math.min(MAX_OUTPUT_TOKENS, model.maxOutputTokens() > 0 ? model.maxOutputTokens() : MAX_OUTPUT_TOKENS);
        String said = INSTRUCTION_LABEL + instruction.strip() + "\n" + (selector == null ? "" : SELECTOR_LABEL
                + selector.strip() + "\n") + ELEMENT_LABEL + elementHtml;
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                List.of(Message.system(PROMPT), Message.user(said)), List.of(), cap);
        String answer = billable.streamLlm(new LlmCharge(caller, project.sessionId().value(), null,
                "design-change-" + UUID.randomUUID(), model.price(), cap, model.byok()), request, delta -> { }).text();
        String html = answer == null ? "" : FENCE.matcher(answer.strip()).replaceFirst("$1").strip();
        if (!html.startsWith("<") || html.length() > MAX_ELEMENT_HTML) {
            throw new UpstreamFailureException(ProjectErrors.DESIGN_CHANGE_FAILED,
                    "the model did not answer an HTML element");
        }
        return html;
    }

    private String git(Project project, String script, String message, CreditReservation reservation) {
        return git(project, script, Map.of("DESIGN_MESSAGE", message), reservation);
    }

    private String git(Project project, String script, Map<String, String> environment, CreditReservation reservation) {
        CommandResult result = sandbox.run(project.sessionId(), new CommandRequest("cd '/workspace/"
                + project.directory() + "' && " + script, Duration.ofSeconds(60), 8_000, environment), reservation);
        if (result.exitCode() == NO_SUCH_CHECKPOINT && environment.containsKey("DESIGN_CHECKPOINT")) {
            throw new NotFoundException(ProjectErrors.DESIGN_CHECKPOINT_NOT_FOUND,
                    "the project's git history has no commit " + environment.get("DESIGN_CHECKPOINT"));
        }
        String head = result.stdout().strip();
        if (result.exitCode() != 0 || !COMMIT_ID.matcher(head).matches()) {
            throw new UpstreamFailureException(ProjectErrors.DESIGN_CHANGE_FAILED,
                    "git failed in the sandbox (exit " + result.exitCode() + "): " + result.stderr().strip());
        }
        return head;
    }

    // Every sandbox call holds (a zero-priced hold, as the secrets' .env writes do).
    private <T> T inSandbox(UserId caller, Project project, Function<CreditReservation, T> work) {
        return billable.runPaidTool(new ToolCharge(caller, project.sessionId().value(), null, "project-design-change",
                "design:" + UUID.randomUUID(), Credits.ZERO), new PaidToolCall<T>() {
            @Override
            public T call(CreditReservation reservation) {
                return work.apply(reservation);
            }

            @Override
            public Credits cost(T result) {
                return Credits.ZERO;
            }
        });
    }

    private static String validFile(String raw) {
        String file = raw == null ? "" : raw.strip();
        if (!FILE.matcher(file).matches() || file.contains("..") || file.startsWith(".git") || file.contains("/.git")) {
            throw ProjectDesignService.invalid("file_path is a path inside the project, e.g. index.html or public/about.html");
        }
        return file;
    }
}
