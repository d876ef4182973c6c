package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.WebFetchPaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code web_visit {url, prompt?}}: a public web page as Markdown (text types as they are, PDFs as
 * their text), cut at {@code maxChars} (40,000 by default, as in the original) with a note saying how
 * much was left out. With a {@code prompt} (when extraction is wired), the extraction model answers it
 * from the page instead, billed as an LLM call; if that fails the page itself is returned. Internal
 * addresses are refused (docs/tools-web.md). Billable through the fetch port (zero for the built-in fetcher).
 */
public final class WebVisitTool implements AgentTool {

    private static final int MAX_URL_CHARS = 4096;
    private static final int MAX_PROMPT_CHARS = 2000;
    private static final ToolSpec SPEC = new ToolSpec("web_visit",
            "Read a web page: fetches the URL and returns its content as Markdown. Only public http(s) addresses.",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "url", Map.of("type", "string", "description", "the http(s) URL to read"))));
    private static final ToolSpec SPEC_WITH_PROMPT = new ToolSpec("web_visit",
            "Read a web page or PDF: fetches the URL and returns its content as Markdown. With a prompt, returns only"
                    + " what the page says about it (cheaper to read). Only public http(s) addresses.",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "url", Map.of("type", "string", "description", "the http(s) URL to read"),
                    "prompt", Map.of("type", "string", "description",
                            "optional: what to find on the page; the answer is extracted from it"))));

    private final WebFetchPaidToolPort fetcher;
    private final int maxChars;
    private final Credits pricePerCall;
    private final Duration timeout;
    private final PageExtraction extraction;

    public WebVisitTool(WebFetchPaidToolPort fetcher, int maxChars, Credits pricePerCall, Duration fetchTimeout) {
        this(fetcher, maxChars, pricePerCall, fetchTimeout, null, Duration.ZERO);
    }

    /** @param parts bills the {@code prompt} extraction; null offers no {@code prompt} */
    public WebVisitTool(WebFetchPaidToolPort fetcher, int maxChars, Credits pricePerCall, Duration fetchTimeout,
                        ToolParts parts, Duration extractionTimeout) {
        this.fetcher = fetcher;
        this.maxChars = maxChars;
        this.pricePerCall = pricePerCall;
        this.extraction = parts == null ? null : new PageExtraction(parts, maxChars);
        // the fetch's (and the extraction model's) own time limits fire first
        this.timeout = fetchTimeout.plus(parts == null ? Duration.ZERO : extractionTimeout).plusSeconds(5);
    }

    @Override
    public ToolSpec spec() {
        return extraction == null ? SPEC : SPEC_WITH_PROMPT;
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
        Object promptArgument = invocation.arguments().get("prompt");
        String prompt = extraction != null && promptArgument instanceof String text && !text.isBlank() ? text.strip() : null;
        if (prompt != null && prompt.length() > MAX_PROMPT_CHARS) {
            return ToolOutcome.failed("prompt is too long (at most " + MAX_PROMPT_CHARS + " characters)");
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(url.strip(), invocation.reservation());
        } catch (WebToolFailedException e) {
            return new ToolOutcome("web_visit failed: " + e.getMessage(), Map.of("url", url.strip(),
                    "error", e.kind().name().toLowerCase(java.util.Locale.ROOT)), true);
        }
        String note = "";
        if (prompt != null && !page.content().isBlank()) {
            try {
                return extract(invocation, page, prompt);
            } catch (RuntimeException e) {
                note = "[the extraction for your prompt failed (" + e.getMessage() + "); the whole page follows]\n\n";
            }
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
        text.append("\n\n").append(note).append(content.isBlank() ? "(the page has no text content)" : content);
        return new ToolOutcome(text.toString(), display(page, content, cut || page.truncated()), false, page.cost());
    }

    /** The model's answer from the page; throws what the extraction threw (the page is shown instead). */
    private ToolOutcome extract(ToolInvocation invocation, FetchedPage page, String prompt) {
        String answer = extraction.answer(invocation, "extract", page.finalUrl(), page.content(), prompt);
        StringBuilder text = new StringBuilder();
        if (!page.title().isBlank()) {
            text.append("# ").append(page.title()).append('\n');
        }
        text.append("URL: ").append(page.finalUrl()).append("\n\nWhat the page says about \"").append(prompt)
                .append("\":\n\n").append(answer.isBlank() ? "(the extraction found nothing)" : answer);
        Map<String, Object> display = display(page, answer, false);
        display.put("prompt", prompt);
        display.put("extracted", true);
        return new ToolOutcome(text.toString(), display, false, page.cost());
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
