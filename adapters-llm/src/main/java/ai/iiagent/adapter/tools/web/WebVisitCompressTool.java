package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.WebFetchPaidToolPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code web_visit_compress {urls, query}}: up to {@value #MAX_URLS} pages fetched in parallel (as
 * web_visit fetches them: SSRF rules, PDFs read), each compressed by the extraction model to what
 * answers the query. Each fetch is a paid part at the fetch price and each compression an LLM call of
 * the run, so the call itself declares nothing; a page that fails is reported in its place.
 */
public final class WebVisitCompressTool implements AgentTool {

    static final String NAME = "web_visit_compress";
    static final int MAX_URLS = 10;
    private static final int MAX_URL_CHARS = 4096;
    private static final int MAX_QUERY_CHARS = 2000;
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Read up to " + MAX_URLS + " web pages (or PDFs) at once and get from each only what helps answer your"
                    + " research query. Cheaper to read than web_visit on every page.",
            Map.of("type", "object", "required", List.of("urls", "query"), "properties", Map.of(
                    "urls", Map.of("type", "array", "minItems", 1, "maxItems", MAX_URLS, "items", Map.of("type", "string"),
                            "description", "the http(s) URLs to read"),
                    "query", Map.of("type", "string", "description", "what you are researching"))));

    private final WebFetchPaidToolPort fetcher;
    private final ToolParts parts;
    private final PageExtraction extraction;
    private final Credits pricePerPage;
    private final int parallelism;
    private final Duration timeout;

    public WebVisitCompressTool(WebFetchPaidToolPort fetcher, ToolParts parts, int maxPageChars, Credits pricePerPage,
                                Duration fetchTimeout, Duration extractionTimeout, int parallelism) {
        this.fetcher = fetcher;
        this.parts = parts;
        this.extraction = new PageExtraction(parts, maxPageChars);
        this.pricePerPage = pricePerPage;
        this.parallelism = parallelism;
        long rounds = Math.ceilDiv(MAX_URLS, Math.max(1, parallelism));
        this.timeout = fetchTimeout.plus(extractionTimeout).multipliedBy(rounds).plusSeconds(5);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    /** Zero: each page's fetch and compression are billed as parts of their own. */
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
        if (!(invocation.arguments().get("query") instanceof String query) || query.isBlank()
                || query.length() > MAX_QUERY_CHARS) {
            return ToolOutcome.failed("query must be a non-empty string of at most " + MAX_QUERY_CHARS + " characters");
        }
        List<String> urls;
        try {
            urls = urls(invocation.arguments().get("urls"));
        } catch (IllegalArgumentException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= urls.size(); i++) {
            numbers.add(i);
        }
        List<Parallel.Outcome<Compressed>> outcomes = Parallel.map(numbers, parallelism,
                number -> compress(invocation, number, urls.get(number - 1), query.strip()));
        StringBuilder text = new StringBuilder("Pages compressed for \"").append(query.strip()).append("\":");
        List<Map<String, Object>> pages = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < urls.size(); i++) {
            Parallel.Outcome<Compressed> outcome = outcomes.get(i);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("url", urls.get(i));
            text.append("\n\n## ").append(i + 1).append(". ");
            if (outcome.failed()) {
                failed++;
                text.append(urls.get(i)).append("\nfailed: ").append(outcome.failure().getMessage());
                shown.put("error", String.valueOf(outcome.failure().getMessage()));
            } else {
                FetchedPage page = outcome.value().page();
                text.append(page.title().isBlank() ? page.finalUrl() : page.title()).append("\nURL: ")
                        .append(page.finalUrl()).append("\n\n").append(outcome.value().summary());
                shown.put("final_url", page.finalUrl());
                shown.put("title", page.title());
                shown.put("content", outcome.value().summary());
            }
            pages.add(shown);
        }
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("query", query.strip());
        display.put("pages", pages);
        display.put("failed", failed);
        return new ToolOutcome(text.toString(), display, failed == urls.size());
    }

    private record Compressed(FetchedPage page, String summary) {
    }

    private Compressed compress(ToolInvocation invocation, int number, String url, String query) {
        FetchedPage page = parts.paid(invocation, NAME, "page" + number, pricePerPage, new ToolParts.PaidPart<>() {
            @Override
            public FetchedPage run(CreditReservation reservation) {
                return fetcher.fetch(url, reservation);
            }

            @Override
            public Credits cost(FetchedPage fetched) {
                return fetched.cost();
            }
        });
        if (page.content().isBlank()) {
            return new Compressed(page, "(the page has no text content)");
        }
        String summary = extraction.compress(invocation, "compress" + number, page.finalUrl(), page.content(), query);
        return new Compressed(page, summary.isBlank() ? "(nothing relevant)" : summary);
    }

    private static List<String> urls(Object argument) {
        if (!(argument instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("urls must be a non-empty list of http(s) URLs");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String url) || url.isBlank() || url.length() > MAX_URL_CHARS) {
                throw new IllegalArgumentException("every url must be an http(s) URL of at most " + MAX_URL_CHARS
                        + " characters");
            }
            distinct.add(url.strip());
        }
        if (distinct.size() > MAX_URLS) {
            throw new IllegalArgumentException("at most " + MAX_URLS + " urls per call, got " + distinct.size());
        }
        return List.copyOf(distinct);
    }
}
