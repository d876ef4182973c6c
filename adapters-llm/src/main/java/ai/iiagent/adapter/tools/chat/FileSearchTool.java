package ai.iiagent.adapter.tools.chat;

import ai.iiagent.domain.chat.ChatFileHit;
import ai.iiagent.domain.chat.ChatToolNames;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.chat.ChatFileIndex;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code file_search} (chat mode, reference §6.2): full-text search over the files attached to the
 * conversation (their text chunked and indexed in PostgreSQL, {@link ChatFileIndex}). The original used an
 * OpenAI vector store; this works with every model and the embedded database. Local work: free.
 */
public final class FileSearchTool implements AgentTool {

    public static final String NAME = ChatToolNames.FILE_SEARCH;
    static final int MAX_HITS = 8;
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Search the files the user attached to this conversation (documents, text files) and get the best"
                    + " matching passages with their file names. Use it before answering questions about those files.",
            Map.of("type", "object", "required", List.of("query"), "properties", Map.of(
                    "query", Map.of("type", "string", "description",
                            "words to look for; \"quoted phrases\", or, and -word work as in a web search"),
                    "file_names", Map.of("type", "array", "items", Map.of("type", "string"), "description",
                            "only these attached files (optional)"))));

    private final ChatFileIndex index;

    public FileSearchTool(ChatFileIndex index) {
        this.index = index;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("query") instanceof String query) || query.isBlank()) {
            return ToolOutcome.failed("query must be a non-empty string");
        }
        List<String> names = new ArrayList<>();
        if (invocation.arguments().get("file_names") instanceof List<?> given) {
            given.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
        }
        if (index.files(invocation.sessionId()).isEmpty()) {
            return ToolOutcome.failed("No files are attached to this conversation.");
        }
        List<ChatFileHit> hits = index.search(invocation.sessionId(), query.strip(), names, MAX_HITS);
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> shown = new ArrayList<>();
        if (hits.isEmpty()) {
            text.append("No passage of the attached files matches \"").append(query.strip()).append("\".");
        }
        for (ChatFileHit hit : hits) {
            text.append("[").append(hit.fileName()).append(", passage ").append(hit.chunk() + 1).append("]\n")
                    .append(hit.text()).append("\n\n");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file_name", hit.fileName());
            row.put("passage", hit.chunk() + 1);
            row.put("text", hit.text());
            shown.add(row);
        }
        return new ToolOutcome(text.toString().strip(), Map.of("query", query.strip(), "results", shown), false);
    }
}
