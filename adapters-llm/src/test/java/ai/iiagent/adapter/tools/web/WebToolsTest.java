package ai.iiagent.adapter.tools.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.web.FakeWebSearch;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three web tools on in-memory ports: argument checks, what the model reads, what the UI gets, what it costs. */
class WebToolsTest {

    private final FakeWebSearch search = new FakeWebSearch(true, Credits.of("0.5"));

    @Test
    void givenASearch_thenTheModelReadsNumberedResults_andTheUiGetsThemAsData_atTheProvidersPrice() {
        search.answer("jvm", List.of(new WebSearchHit("The JVM", "https://jvm.example/", "A virtual machine."),
                new WebSearchHit("", "https://bare.example/", "")));
        WebSearchTool tool = new WebSearchTool(search, 10, Credits.of("0.5"), Duration.ofSeconds(10));

        ToolOutcome outcome = tool.run(invocation(Map.of("query", " jvm ")));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).isEqualTo("""
                Results for "jvm" (fake):

                1. The JVM
                   https://jvm.example/
                   A virtual machine.

                2. https://bare.example/
                   https://bare.example/""");
        assertThat(outcome.display()).containsEntry("query", "jvm").containsEntry("provider", "fake");
        assertThat((List<?>) outcome.display().get("results")).hasSize(2);
        assertThat(outcome.cost()).isEqualTo(Credits.of("0.5"));
        assertThat(tool.maxCost()).isEqualTo(Credits.of("0.5"));
        assertThat(tool.timeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void givenNoQueryOrNoResultsOrAFailingProvider_thenTheModelIsToldPlainly() {
        WebSearchTool tool = new WebSearchTool(search, 10, Credits.ZERO, Duration.ofSeconds(10));

        assertThat(tool.run(invocation(Map.of())).text()).isEqualTo("query must be a non-empty string");
        assertThat(tool.run(invocation(Map.of("query", "x".repeat(401)))).error()).isTrue();
        ToolOutcome none = tool.run(invocation(Map.of("query", "nothing")));
        assertThat(none.error()).isFalse();
        assertThat(none.text()).isEqualTo("No results for \"nothing\" (fake).");

        search.failWith(new WebToolFailedException(Kind.HTTP_ERROR, "Brave Search answered HTTP 429: RATE_LIMITED"));
        ToolOutcome failed = tool.run(invocation(Map.of("query", "jvm")));
        assertThat(failed.error()).isTrue();
        assertThat(failed.text()).isEqualTo("Web search failed: Brave Search answered HTTP 429: RATE_LIMITED");
        assertThat(failed.cost()).isEqualTo(Credits.ZERO);
    }

    @Test
    void givenAnImageSearch_thenSizeAndAspectFiltersApply_whereSizesAreKnown() {
        search.answerImages("fjord", List.of(
                new ImageHit("https://img.example/wide.jpg", "", "https://page.example/", "Wide", 1600, 900),
                new ImageHit("https://img.example/tall.jpg", "", "", "Tall", 900, 1600),
                new ImageHit("https://img.example/unknown.jpg", "", "", "", 0, 0)));
        ImageSearchTool tool = new ImageSearchTool(search, 10, Credits.of("0.5"), Duration.ofSeconds(10));

        ToolOutcome landscape = tool.run(invocation(Map.of("query", "fjord", "aspect_ratio", "landscape")));

        assertThat(landscape.text()).contains("https://img.example/wide.jpg (1600x900)", "on https://page.example/",
                "https://img.example/unknown.jpg (size unknown)").doesNotContain("tall.jpg");
        assertThat((List<?>) landscape.display().get("images")).hasSize(2);
        assertThat(tool.run(invocation(Map.of("query", "fjord", "min_height", 1000))).text())
                .contains("tall.jpg", "unknown.jpg").doesNotContain("wide.jpg");
        assertThat(tool.run(invocation(Map.of("query", "fjord", "aspect_ratio", "round"))).error()).isTrue();
    }

    @Test
    void givenAPage_thenTheModelReadsTitleUrlAndMarkdown_cutAtTheLimitWithANote() {
        String markdown = "# Heading\n\n" + "a".repeat(100);
        WebVisitTool tool = new WebVisitTool((url, reservation) -> new FetchedPage(url, "https://site.example/final",
                List.of(url), 200, "text/html", "A page", markdown, false, Credits.ZERO), 50, Credits.ZERO,
                Duration.ofSeconds(20));

        ToolOutcome outcome = tool.run(invocation(Map.of("url", "https://site.example/start")));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).startsWith("# A page\nURL: https://site.example/final (redirected from"
                + " https://site.example/start)\n\n# Heading")
                .endsWith("[truncated: the page has 111 characters; the first 50 are shown]");
        assertThat(outcome.display()).containsEntry("truncated", true).containsEntry("final_url", "https://site.example/final");
        assertThat(tool.maxResultChars()).isEqualTo(2_050);
    }

    @Test
    void givenARefusedOrFailingVisit_thenAnErrorResultWithItsKind_notAFailedRun() {
        WebVisitTool tool = new WebVisitTool((url, reservation) -> {
            throw new WebToolFailedException(Kind.DESTINATION_REFUSED, "refused http://10.0.0.1/: 10.0.0.1 is private");
        }, 40_000, Credits.ZERO, Duration.ofSeconds(20));

        ToolOutcome refused = tool.run(invocation(Map.of("url", "http://10.0.0.1/")));

        assertThat(refused.error()).isTrue();
        assertThat(refused.text()).isEqualTo("web_visit failed: refused http://10.0.0.1/: 10.0.0.1 is private");
        assertThat(refused.display()).containsEntry("error", "destination_refused");
        assertThat(tool.run(invocation(Map.of("url", 42))).error()).isTrue();
    }

    private static ToolInvocation invocation(Map<String, Object> arguments) {
        return new ToolInvocation(UserId.random(), SessionId.random(), RunId.random(), "call_1", arguments, Map.of());
    }
}
