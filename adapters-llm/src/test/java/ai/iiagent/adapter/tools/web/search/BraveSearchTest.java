package ai.iiagent.adapter.tools.web.search;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchPaidToolPortContractTest;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebToolFailedException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brave Search API ({@code /res/v1/web/search}, {@code /res/v1/images/search}) on WireMock with recorded answers. */
class BraveSearchTest extends WebSearchPaidToolPortContractTest {

    private static final String TOKEN = "BSAq8tL0x2Zk9vNcR4yW7pE1mH3sJ6dF";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private BraveSearch brave;

    @BeforeEach
    void start() {
        server.start();
        brave = new BraveSearch(new ObjectMapper(), server.baseUrl(), TOKEN, Duration.ofMillis(700), Credits.of("0.333333"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected WebSearchPaidToolPort port() {
        return brave;
    }

    @Override
    protected Staged stageResults() {
        answer("/res/v1/web/search", "java virtual threads", "brave/web-java-virtual-threads.json");
        return new Staged("java virtual threads", List.of(
                new WebSearchHit("JEP 444: Virtual Threads", "https://openjdk.org/jeps/444", "Introduce virtual threads to"
                        + " the Java Platform. Virtual threads are lightweight threads that dramatically reduce the effort"
                        + " of writing, maintaining, and observing high-throughput concurrent applications."),
                new WebSearchHit("Virtual Threads - Oracle Help Center",
                        "https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html", "Virtual threads are"
                        + " lightweight threads that reduce the effort of writing, maintaining, and debugging"
                        + " high-throughput concurrent applications."),
                new WebSearchHit("Java Virtual Threads & Structured Concurrency",
                        "https://www.infoq.com/articles/java-virtual-threads/", "It's a lightweight implementation of Java"
                        + " threads, delivered as a preview feature in Java 19.")));
    }

    @Override
    protected String stageNoResults() {
        answer("/res/v1/web/search", "qwxzv plorth 83127 nothing", "brave/web-no-results.json");
        return "qwxzv plorth 83127 nothing";
    }

    @Override
    protected void stageError(int status) {
        String body = switch (status) {
            case 422 -> "brave/subscription-token-invalid.json";
            case 429 -> "brave/rate-limited.json";
            default -> "brave/server-error.json";
        };
        server.stubFor(get(urlPathEqualTo("/res/v1/web/search")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(Transcripts.web(body))));
    }

    @Override
    protected void stageSlowAnswer() {
        server.stubFor(get(urlPathEqualTo("/res/v1/web/search")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(2_000).withHeader("Content-Type", "application/json")
                .withBody(Transcripts.web("brave/web-no-results.json"))));
    }

    @Override
    protected StagedImages stageImages() {
        answer("/res/v1/images/search", "aurora borealis", "brave/images-aurora.json");
        return new StagedImages("aurora borealis", List.of(new ImageHit(
                "https://upload.wikimedia.org/wikipedia/commons/a/aa/Aurora_borealis_above_Lyngenfjorden%2C_2012_March.jpg",
                "https://imgs.search.brave.com/0aGRsb3JlYWxpcw/rs:fit:500:0:0:0/g:ce/aHR0cHM6Ly91cGxv/YWQud2lraW1lZGlh/Lm9yZy93aWtpcGVk/aWEvY29tbW9ucy9h",
                "https://commons.wikimedia.org/wiki/File:Aurora_borealis_above_Lyngenfjorden,_2012_March.jpg",
                "Aurora borealis above Lyngenfjorden, 2012 March", 0, 0)));
    }

    @Override
    protected int errorStatusWithReason() {
        return 422;
    }

    @Override
    protected String expectedReason() {
        return "SUBSCRIPTION_TOKEN_INVALID (The provided subscription token is invalid.)";
    }

    @Test
    void givenASearch_thenTheTokenGoesInItsHeader_andTheCountIsAskedFor() {
        stageResults();

        brave.search(new WebSearchQuery("java virtual threads", 4), null);

        server.verify(getRequestedFor(urlPathEqualTo("/res/v1/web/search")).withHeader("X-Subscription-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json")).withQueryParam("q", equalTo("java virtual threads"))
                .withQueryParam("count", equalTo("4")));
    }

    @Test
    void givenARateLimit_thenBravesCodeIsPassedOn() {
        stageError(429);

        assertThatThrownBy(() -> brave.search(new WebSearchQuery("x", 1), null)).isInstanceOf(WebToolFailedException.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("RATE_LIMITED").hasMessageNotContaining(TOKEN);
    }

    private void answer(String path, String query, String transcript) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("q", equalTo(query))
                .withHeader("X-Subscription-Token", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Transcripts.web(transcript))));
    }
}
