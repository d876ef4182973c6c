package ai.iiagent.adapter.tools.web.search;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchPaidToolPortContractTest;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebToolFailedException;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DuckDuckGo's HTML results page (form POST to {@code /html/}) on WireMock serving recorded pages. */
class DuckDuckGoHtmlSearchTest extends WebSearchPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private DuckDuckGoHtmlSearch duck;

    @BeforeEach
    void start() {
        server.start();
        duck = new DuckDuckGoHtmlSearch(server.baseUrl(), Duration.ofMillis(700), Credits.ZERO);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected WebSearchPaidToolPort port() {
        return duck;
    }

    @Override
    protected Staged stageResults() {
        answer("java+virtual+threads", 200, "duckduckgo/results-java-virtual-threads.html");
        return new Staged("java virtual threads", List.of(
                new WebSearchHit("JEP 444: Virtual Threads - OpenJDK", "https://openjdk.org/jeps/444", "Introduce virtual"
                        + " threads to the Java Platform. Virtual threads are lightweight threads that dramatically reduce"
                        + " the effort of writing, maintaining, and observing high-throughput concurrent applications."),
                new WebSearchHit("Virtual Threads - Oracle Help Center",
                        "https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html", "Virtual threads are"
                        + " lightweight threads that reduce the effort of writing, maintaining, and debugging"
                        + " high-throughput concurrent applications."),
                new WebSearchHit("Difference Between Thread and Virtual Thread in Java | Baeldung",
                        "https://www.baeldung.com/java-virtual-thread-vs-thread", "In this tutorial, we'll show the"
                        + " difference between traditional threads in Java and the virtual threads introduced in Project"
                        + " Loom.")));
    }

    @Override
    protected String stageNoResults() {
        answer("qwxzv+plorth+83127+nothing", 200, "duckduckgo/no-results.html");
        return "qwxzv plorth 83127 nothing";
    }

    @Override
    protected void stageError(int status) {
        // DuckDuckGo's rate limiting is a challenge page answered with 202; real errors are plain nginx pages.
        String page = status == 202 ? "duckduckgo/challenge.html" : "duckduckgo/server-error.html";
        server.stubFor(post(urlEqualTo("/html/")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(Transcripts.web(page))));
    }

    @Override
    protected void stageSlowAnswer() {
        server.stubFor(post(urlEqualTo("/html/")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(Transcripts.web("duckduckgo/no-results.html"))));
    }

    @Override
    protected StagedImages stageImages() {
        throw new AssertionError("DuckDuckGo has no image search");
    }

    @Override
    protected int errorStatusWithReason() {
        return 202;
    }

    @Override
    protected String expectedReason() {
        return "bot challenge";
    }

    @Test
    void givenASearch_thenItIsAFormPost_andAdsAreSkipped_andRedirectLinksUnwrapped() {
        stageResults();

        List<WebSearchHit> hits = duck.search(new WebSearchQuery("java virtual threads", 10), null).hits();

        assertThat(hits).hasSize(3).noneMatch(hit -> hit.url().contains("duckduckgo.com"));
        server.verify(postRequestedFor(urlEqualTo("/html/"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("q=java+virtual+threads")));
    }

    @Test
    void givenTheRedirectorsLinkForm_thenTheTargetIsDecoded() {
        assertThat(DuckDuckGoHtmlSearch.unwrap("//duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc&rut=abc"))
                .isEqualTo("https://example.com/a?b=c");
        assertThat(DuckDuckGoHtmlSearch.unwrap("https://example.org/direct")).isEqualTo("https://example.org/direct");
    }

    @Test
    void givenAPlainServerError_thenTheStatusIsReported() {
        stageError(500);

        assertThatThrownBy(() -> duck.search(new WebSearchQuery("x", 1), null)).isInstanceOf(WebToolFailedException.class)
                .hasMessageContaining("HTTP 500");
    }

    private void answer(String encodedQuery, int status, String page) {
        server.stubFor(post(urlEqualTo("/html/")).withRequestBody(containing("q=" + encodedQuery))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody(Transcripts.web(page))));
    }
}
