package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebSearchResults;
import ai.iiagent.port.out.web.WebToolFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code web_search {query}}: the configured provider's top results as title, URL and snippet.
 * Paid: the runtime holds the provider's per-query price first; a failed search costs nothing.
 * Provider errors and time-outs are error results the model reads.
 */
public final class WebSearchTool implements AgentTool {

    static final int MAX_QUERY_CHARS = 400;
    private static final ToolSpec SPEC = new ToolSpec("web_search",
            "Search the web. Returns the top results (title, URL, snippet). Use web_visit to read a result.",
            Map.of("type", "object", "required", List.of("query"), "properties", Map.of(
                    "query", Map.of("type", "string", "description", "what to search for"))));

    private final WebSearchPaidToolPort search;
    private final int maxResults;
    private final Credits pricePerCall;
    private final Duration timeout;

    public WebSearchTool(WebSearchPaidToolPort search, int maxResults, Credits pricePerCall, Duration providerTimeout) {
        this.search = search;
        this.maxResults = maxResults;
        this.pricePerCall = pricePerCall;
        this.timeout = providerTimeout.plusSeconds(5); // the provider's own time limit fires first
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return pricePerCall;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("query") instanceof String query) || query.isBlank()) {
            return ToolOutcome.failed("query must be a non-empty string");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            return ToolOutcome.failed("query is too long (at most " + MAX_QUERY_CHARS + " characters)");
        }
        WebSearchResults results;
        try {
            results = search.search(new WebSearchQuery(query.strip(), maxResults), invocation.reservation());
        } catch (WebToolFailedException e) {
            return ToolOutcome.failed("Web search failed: " + e.getMessage());
        }
        return new ToolOutcome(text(results), display(results), false, results.cost());
    }

    private static String text(WebSearchResults results) {
        if (results.hits().isEmpty()) {
            return "No results for \"" + results.query() + "\" (" + results.provider() + ").";
        }
        StringBuilder text = new StringBuilder("Results for \"").append(results.query()).append("\" (")
                .append(results.provider()).append("):\n");
        int number = 1;
        for (WebSearchHit hit : results.hits()) {
            text.append('\n').append(number++).append(". ").append(hit.title().isBlank() ? hit.url() : hit.title())
                    .append("\n   ").append(hit.url());
            if (!hit.content().isBlank()) {
                text.append("\n   ").append(hit.content());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static Map<String, Object> display(WebSearchResults results) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("query", results.query());
        display.put("provider", results.provider());
        display.put("results", results.hits().stream().map(hit -> Map.<String, Object>of("query", results.query(),
                "title", hit.title(), "url", hit.url(), "content", hit.content())).toList());
        return display;
    }
}
