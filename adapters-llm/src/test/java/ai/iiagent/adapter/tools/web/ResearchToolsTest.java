package ai.iiagent.adapter.tools.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.documents.LibraryDocumentTextAdapter;
import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.tools.web.fetch.HttpPageFetcher;
import ai.iiagent.adapter.tools.web.search.SearxngSearch;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * web_batch_search, web_visit (prompt, PDF) and web_visit_compress on WireMock: a SearXNG serving its
 * recorded JSON, a site serving HTML and a PDF made here with PDFBox. The SSRF guard allows only the
 * WireMock's own address:port, so a redirect to the metadata address is refused while the rest works.
 * Billing: every query and page is a paid part of its own; every extraction is a model call.
 */
class ResearchToolsTest {

    private static final Credits SEARCH_PRICE = Credits.of("0.5");
    private final WireMockServer searxng = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final RecordingToolParts parts = new RecordingToolParts();
    private HttpPageFetcher pages;

    @BeforeEach
    void start() {
        searxng.start();
        site.start();
        pages = new HttpPageFetcher(new GuardedHttpClient(new SsrfGuard(host -> {
            throw new java.net.UnknownHostException(host);
        }, Set.of("127.0.0.1:" + site.port())), new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(5),
                2 * 1024 * 1024, 3, "ii-agent-test")), Credits.ZERO, new LibraryDocumentTextAdapter(), 50);
    }

    @AfterEach
    void stop() {
        searxng.stop();
        site.stop();
    }

    @Test
    void givenThreeQueries_oneFailingAtTheProvider_thenEachHeldItsOwnReservation_andTheFailureIsReportedInItsPlace()
            throws Exception {
        answer("java virtual threads", 200, "application/json", transcript("searxng/search-java-virtual-threads.json"));
        answer("structured concurrency", 200, "application/json", transcript("searxng/search-no-results.json"));
        answer("project loom", 429, "text/html; charset=utf-8", transcript("searxng/too-many-requests.html"));
        WebBatchSearchTool tool = new WebBatchSearchTool(new SearxngSearch(new ObjectMapper(), searxng.baseUrl() + "/",
                Duration.ofSeconds(2), SEARCH_PRICE), parts, 10, SEARCH_PRICE, Duration.ofSeconds(2), 5, 2);

        ToolOutcome outcome = tool.run(invocation(Map.of("queries", List.of("java virtual threads",
                "structured concurrency", "project loom", "java virtual threads"))));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text())
                .contains("## 1. \"java virtual threads\"\n1. JEP 444: Virtual Threads\n   https://openjdk.org/jeps/444")
                .contains("## 2. \"structured concurrency\": no results")
                .contains("## 3. \"project loom\": search failed: ");
        assertThat(outcome.display()).containsEntry("provider", "searxng").containsEntry("failed", 1);
        // One hold per distinct query at the provider's price; the failed one released, the others settled.
        assertThat(parts.partsOf("web_batch_search")).extracting(RecordingToolParts.Part::key, RecordingToolParts.Part::held,
                RecordingToolParts.Part::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("call_1/q1", SEARCH_PRICE, "settled " + SEARCH_PRICE),
                        org.assertj.core.groups.Tuple.tuple("call_1/q2", SEARCH_PRICE, "settled " + SEARCH_PRICE),
                        org.assertj.core.groups.Tuple.tuple("call_1/q3", SEARCH_PRICE, "released"));
        assertThat(tool.maxCost()).isEqualTo(Credits.ZERO); // the call itself holds nothing: its queries do
        searxng.verify(1, getRequestedFor(urlPathEqualTo("/search")).withQueryParam("q", equalTo("java virtual threads")));
    }

    @Test
    void givenEveryQueryFailing_orTooManyQueries_thenTheCallIsAnError() throws Exception {
        answer("down", 500, "text/html", "<html><body>Internal Server Error</body></html>");
        WebBatchSearchTool tool = new WebBatchSearchTool(new SearxngSearch(new ObjectMapper(), searxng.baseUrl() + "/",
                Duration.ofSeconds(2), SEARCH_PRICE), parts, 10, SEARCH_PRICE, Duration.ofSeconds(2), 2, 2);

        ToolOutcome failed = tool.run(invocation(Map.of("queries", List.of("down"))));
        ToolOutcome tooMany = tool.run(invocation(Map.of("queries", List.of("a", "b", "c"))));
        ToolOutcome notAList = tool.run(invocation(Map.of("queries", "a")));

        assertThat(failed.error()).isTrue();
        assertThat(failed.text()).startsWith("## 1. \"down\": search failed: ");
        assertThat(tooMany.error()).isTrue();
        assertThat(tooMany.text()).isEqualTo("at most 2 queries per call, got 3");
        assertThat(notAList.text()).isEqualTo("queries must be a non-empty list of search strings");
        assertThat(parts.partsOf("web_batch_search")).singleElement().extracting(RecordingToolParts.Part::outcome)
                .isEqualTo("released");
    }

    @Test
    void givenAPrompt_thenTheCheapModelAnswersFromThePage_asABilledCompletion_notTheWholePage() throws Exception {
        serve("/blog/threads", "text/html; charset=utf-8", transcript("pages/article.html").getBytes(StandardCharsets.UTF_8));
        WebVisitTool tool = new WebVisitTool(pages, 40_000, Credits.ZERO, Duration.ofSeconds(5), parts, Duration.ofSeconds(30));

        ToolOutcome outcome = tool.run(invocation(Map.of("url", base() + "/blog/threads",
                "prompt", "What does blocking I/O pin?")));
        ToolOutcome plain = tool.run(invocation(Map.of("url", base() + "/blog/threads")));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).startsWith("# Virtual threads in practice | Example Engineering Blog\nURL: " + base()
                + "/blog/threads\n\nWhat the page says about \"What does blocking I/O pin?\":\n\nFrom the page, about")
                .contains("Blocking I/O no longer pins an OS thread.")
                .doesNotContain("| platform |"); // the table is on the page, but not about the prompt
        assertThat(outcome.display()).containsEntry("extracted", true).containsEntry("prompt", "What does blocking I/O pin?");
        assertThat(parts.completions).singleElement().satisfies(request -> {
            assertThat(request.messages().get(0).text()).startsWith(PageExtraction.MARKER);
            assertThat(request.lastUserText()).startsWith("Request: What does blocking I/O pin?\nURL: " + base())
                    .contains("| platform |");
        });
        assertThat(plain.text()).contains("| platform |"); // without a prompt: the page, and no model call
        assertThat(parts.completions).hasSize(1);
        assertThat(tool.spec().parameters().toString()).contains("prompt");
    }

    @Test
    void givenTheExtractionFails_thenThePageItselfIsReturned_sayingWhy() throws Exception {
        serve("/notes.txt", "text/plain", "Release notes: the batch tool shipped.".getBytes(StandardCharsets.UTF_8));
        parts.failCompletionsWith(new IllegalStateException("not enough credits for the extraction model"));
        WebVisitTool tool = new WebVisitTool(pages, 40_000, Credits.ZERO, Duration.ofSeconds(5), parts, Duration.ofSeconds(30));

        ToolOutcome outcome = tool.run(invocation(Map.of("url", base() + "/notes.txt", "prompt", "what shipped?")));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).contains("[the extraction for your prompt failed (not enough credits for the"
                + " extraction model); the whole page follows]").contains("Release notes: the batch tool shipped.");
    }

    @Test
    void givenAPdf_thenWebVisitReadsItsPagesText_andAPromptIsAnsweredFromIt() throws Exception {
        serve("/reports/q3.pdf", "application/pdf", pdf());
        serve("/download?id=7", "application/octet-stream", pdf()); // a PDF behind a generic type is known by its bytes
        WebVisitTool tool = new WebVisitTool(pages, 40_000, Credits.ZERO, Duration.ofSeconds(5), parts, Duration.ofSeconds(30));

        ToolOutcome whole = tool.run(invocation(Map.of("url", base() + "/reports/q3.pdf")));
        ToolOutcome generic = tool.run(invocation(Map.of("url", base() + "/download?id=7")));
        ToolOutcome answered = tool.run(invocation(Map.of("url", base() + "/reports/q3.pdf", "prompt", "headcount")));

        assertThat(whole.error()).isFalse();
        assertThat(whole.text()).startsWith("URL: " + base() + "/reports/q3.pdf\n\nQuarterly report Q3")
                .contains("Revenue grew 12 percent to 4.2 million euros.")
                .contains("Headcount stayed at 48 people.");
        assertThat(whole.text().indexOf("Revenue")).isLessThan(whole.text().indexOf("Headcount")); // page order
        assertThat(whole.display()).containsEntry("content_type", "application/pdf");
        assertThat(generic.text()).contains("Headcount stayed at 48 people.");
        assertThat(answered.text()).contains("Headcount stayed at 48 people.").doesNotContain("Revenue grew");
    }

    @Test
    void givenUrlsToCompress_oneRedirectingToTheMetadataAddress_thenTheOthersAreCompressed_andTheRefusalIsReported()
            throws Exception {
        serve("/blog/threads", "text/html; charset=utf-8", transcript("pages/article.html").getBytes(StandardCharsets.UTF_8));
        serve("/reports/q3.pdf", "application/pdf", pdf());
        site.stubFor(get(urlEqualTo("/go")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        WebVisitCompressTool tool = new WebVisitCompressTool(pages, parts, 40_000, Credits.of("0.1"), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 3);

        ToolOutcome outcome = tool.run(invocation(Map.of("query", "revenue of virtual threads blocking", "urls",
                List.of(base() + "/blog/threads", base() + "/go", base() + "/reports/q3.pdf"))));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).startsWith("Pages compressed for \"revenue of virtual threads blocking\":")
                .contains("## 1. Virtual threads in practice | Example Engineering Blog\nURL: " + base() + "/blog/threads")
                .contains("Blocking I/O no longer pins an OS thread.")
                .contains("## 2. " + base() + "/go\nfailed: ").contains("169.254.169.254")
                .contains("## 3. " + base() + "/reports/q3.pdf").contains("Revenue grew 12 percent")
                .doesNotContain("Headcount"); // compressed: only what the query is about
        // Each page held the visit price; the built-in fetcher reports zero, so that is what settles.
        assertThat(parts.partsOf("web_visit_compress")).extracting(RecordingToolParts.Part::key,
                RecordingToolParts.Part::held, RecordingToolParts.Part::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("call_1/page1", Credits.of("0.1"), "settled " + Credits.ZERO),
                        org.assertj.core.groups.Tuple.tuple("call_1/page2", Credits.of("0.1"), "released"),
                        org.assertj.core.groups.Tuple.tuple("call_1/page3", Credits.of("0.1"), "settled " + Credits.ZERO));
        assertThat(parts.completions).hasSize(2); // one extraction per page that arrived
        assertThat(outcome.display()).containsEntry("failed", 1);
    }

    @Test
    void givenMoreThanTenUrls_orNoQuery_thenNothingIsFetched() throws Exception {
        WebVisitCompressTool tool = new WebVisitCompressTool(pages, parts, 40_000, Credits.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(30), 3);
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> base() + "/p" + i).toList();

        assertThat(tool.run(invocation(Map.of("query", "x", "urls", eleven))).text())
                .isEqualTo("at most 10 urls per call, got 11");
        assertThat(tool.run(invocation(Map.of("urls", List.of(base() + "/p1")))).error()).isTrue();
        assertThat(parts.parts).isEmpty();
        assertThat(site.getAllServeEvents()).isEmpty();
    }

    private void answer(String query, int status, String contentType, String body) {
        searxng.stubFor(get(urlPathEqualTo("/search")).withQueryParam("q", equalTo(query))
                .withQueryParam("format", equalTo("json")).willReturn(aResponse().withStatus(status)
                        .withHeader("Content-Type", contentType).withBody(body)));
    }

    private void serve(String path, String contentType, byte[] body) {
        site.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(body)));
    }

    /** A real two-page PDF, written with PDFBox: a title, revenue on page 1, headcount on page 2. */
    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Quarterly report Q3");
            page(document, "Quarterly report Q3", "Revenue grew 12 percent to 4.2 million euros.");
            page(document, "Team", "Headcount stayed at 48 people.");
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void page(PDDocument document, String heading, String line) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(heading);
            content.newLineAtOffset(0, -24);
            content.showText(line);
            content.endText();
        }
    }

    static String transcript(String name) throws IOException {
        try (InputStream in = ResearchToolsTest.class.getResourceAsStream("/transcripts/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + site.port();
    }

    private static ToolInvocation invocation(Map<String, Object> arguments) {
        return new ToolInvocation(UserId.random(), SessionId.random(), RunId.random(), "call_1", arguments, Map.of());
    }
}
