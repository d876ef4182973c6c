package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebSearchResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code web_batch_search {queries}}: several searches at once, at most {@code parallelism} running
 * together. Each query is a paid part of its own (one hold of the provider's per-query price, settled
 * or released alone), so the call itself declares nothing; a query that fails is reported in its
 * place while the others' results stand. The result is an error only when every query failed.
 */
public final class WebBatchSearchTool implements AgentTool {

    static final String NAME = "web_batch_search";

    private final WebSearchPaidToolPort search;
    private final ToolParts parts;
    private final int maxResults;
    private final Credits pricePerQuery;
    private final int maxQueries;
    private final int parallelism;
    private final Duration timeout;
    private final ToolSpec spec;

    public WebBatchSearchTool(WebSearchPaidToolPort search, ToolParts parts, int maxResults, Credits pricePerQuery,
                              Duration providerTimeout, int maxQueries, int parallelism) {
        this.search = search;
        this.parts = parts;
        this.maxResults = maxResults;
        this.pricePerQuery = pricePerQuery;
        this.maxQueries = maxQueries;
        this.parallelism = parallelism;
        long rounds = Math.ceilDiv(maxQueries, Math.max(1, parallelism));
        this.timeout = providerTimeout.multipliedBy(rounds).plusSeconds(5); // each search's own limit fires first
        this.spec = new ToolSpec(NAME, "Run several web searches at once (up to " + maxQueries + " queries) and get"
                + " each one's top results (title, URL, snippet). Use it to research a topic from several angles.",
                Map.of("type", "object", "required", List.of("queries"), "properties", Map.of(
                        "queries", Map.of("type", "array", "minItems", 1, "maxItems", maxQueries,
                                "items", Map.of("type", "string"), "description", "the searches to run"))));
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    /** Zero: each query holds the provider's price as a part of its own. */
    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) throws InterruptedException {
        List<String> queries;
        try {
            queries = queries(invocation.arguments().get("queries"));
        } catch (IllegalArgumentException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        List<Parallel.Outcome<WebSearchResults>> outcomes = Parallel.map(numbered(queries), parallelism,
                numbered -> parts.paid(invocation, NAME, "q" + numbered.number(), pricePerQuery,
                        new ToolParts.PaidPart<>() {
                            @Override
                            public WebSearchResults run(CreditReservation reservation) {
                                return search.search(new WebSearchQuery(numbered.query(), maxResults), reservation);
                            }

                            @Override
                            public Credits cost(WebSearchResults results) {
                                return results.cost();
                            }
                        }));
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> searches = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < queries.size(); i++) {
            Parallel.Outcome<WebSearchResults> outcome = outcomes.get(i);
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("query", queries.get(i));
            if (outcome.failed()) {
                failed++;
                text.append("## ").append(i + 1).append(". \"").append(queries.get(i)).append("\": search failed: ")
                        .append(outcome.failure().getMessage());
                shown.put("error", String.valueOf(outcome.failure().getMessage()));
            } else {
                text.append(section(i + 1, outcome.value()));
                shown.put("results", outcome.value().hits().stream().map(hit -> Map.<String, Object>of("title",
                        hit.title(), "url", hit.url(), "content", hit.content())).toList());
            }
            searches.add(shown);
        }
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("provider", search.provider());
        display.put("searches", searches);
        display.put("failed", failed);
        return new ToolOutcome(text.toString(), display, failed == queries.size());
    }

    private List<String> queries(Object argument) {
        if (!(argument instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("queries must be a non-empty list of search strings");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String query) || query.isBlank()) {
                throw new IllegalArgumentException("every query must be a non-empty string");
            }
            if (query.length() > WebSearchTool.MAX_QUERY_CHARS) {
                throw new IllegalArgumentException("query \"" + query.substring(0, 40) + "…\" is too long (at most "
                        + WebSearchTool.MAX_QUERY_CHARS + " characters)");
            }
            distinct.add(query.strip()); // the same query twice would be paid twice for nothing
        }
        if (distinct.size() > maxQueries) {
            throw new IllegalArgumentException("at most " + maxQueries + " queries per call, got " + distinct.size());
        }
        return List.copyOf(distinct);
    }

    private record Numbered(int number, String query) {
    }

    private static List<Numbered> numbered(List<String> queries) {
        List<Numbered> numbered = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            numbered.add(new Numbered(i + 1, queries.get(i)));
        }
        return numbered;
    }

    private static String section(int number, WebSearchResults results) {
        StringBuilder text = new StringBuilder("## ").append(number).append(". \"").append(results.query()).append('"');
        if (results.hits().isEmpty()) {
            return text.append(": no results").toString();
        }
        int rank = 1;
        for (WebSearchHit hit : results.hits()) {
            text.append('\n').append(rank++).append(". ").append(hit.title().isBlank() ? hit.url() : hit.title())
                    .append("\n   ").append(hit.url());
            if (!hit.content().isBlank()) {
                text.append("\n   ").append(hit.content());
            }
        }
        return text.toString();
    }
}
