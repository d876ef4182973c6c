package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.WebFetchPaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code web_visit {url}}: a public web page as Markdown (text types as they are), cut at
 * {@code maxChars} (40,000 by default, as in the original) with a note saying how much was left out.
 * Internal addresses are refused (docs/tools-web.md). Billable through the fetch port (zero for the
 * built-in fetcher).
 */
public final class WebVisitTool implements AgentTool {

    private static final int MAX_URL_CHARS = 4096;
    private static final ToolSpec SPEC = new ToolSpec("web_visit",
            "Read a web page: fetches the URL and returns its content as Markdown. Only public http(s) addresses.",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "url", Map.of("type", "string", "description", "the http(s) URL to read"))));

    private final WebFetchPaidToolPort fetcher;
    private final int maxChars;
    private final Credits pricePerCall;
    private final Duration timeout;

    public WebVisitTool(WebFetchPaidToolPort fetcher, int maxChars, Credits pricePerCall, Duration fetchTimeout) {
        this.fetcher = fetcher;
        this.maxChars = maxChars;
        this.pricePerCall = pricePerCall;
        this.timeout = fetchTimeout.plusSeconds(5); // the fetch's own time limit fires first
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
    public int maxResultChars() {
        return maxChars + 2_000; // room for the heading lines around the page
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("url") instanceof String url) || url.isBlank() || url.length() > MAX_URL_CHARS) {
            return ToolOutcome.failed("url must be an http(s) URL of at most " + MAX_URL_CHARS + " characters");
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(url.strip(), invocation.reservation());
        } catch (WebToolFailedException e) {
            return new ToolOutcome("web_visit failed: " + e.getMessage(), Map.of("url", url.strip(),
                    "error", e.kind().name().toLowerCase(java.util.Locale.ROOT)), true);
        }
        String content = page.content();
        boolean cut = content.length() > maxChars;
        if (cut) {
            content = content.substring(0, maxChars) + "\n\n[truncated: the page has " + page.content().length()
                    + " characters; the first " + maxChars + " are shown]";
        } else if (page.truncated()) {
            content = content + "\n\n[truncated: the download stopped at the size limit]";
        }
        StringBuilder text = new StringBuilder();
        if (!page.title().isBlank()) {
            text.append("# ").append(page.title()).append('\n');
        }
        text.append("URL: ").append(page.finalUrl());
        if (!page.redirects().isEmpty()) {
            text.append(" (redirected from ").append(page.requestedUrl()).append(')');
        }
        text.append("\n\n").append(content.isBlank() ? "(the page has no text content)" : content);
        return new ToolOutcome(text.toString(), display(page, content, cut || page.truncated()), false, page.cost());
    }

    private static Map<String, Object> display(FetchedPage page, String content, boolean truncated) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("url", page.requestedUrl());
        display.put("final_url", page.finalUrl());
        display.put("redirects", page.redirects());
        display.put("status", page.status());
        display.put("content_type", page.contentType());
        display.put("title", page.title());
        display.put("truncated", truncated);
        display.put("content", content);
        return display;
    }
}
