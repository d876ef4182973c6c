package ai.iiagent.adapter.tools.web.search;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
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

/** Tavily's {@code POST /search} on WireMock serving recorded answers and error bodies. */
class TavilySearchTest extends WebSearchPaidToolPortContractTest {

    private static final String KEY = "tvly-dev-0123456789abcdefABCDEF";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private TavilySearch tavily;

    @BeforeEach
    void start() {
        server.start();
        tavily = new TavilySearch(new ObjectMapper(), server.baseUrl(), KEY, Duration.ofMillis(700), Credits.of("0.533333"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected WebSearchPaidToolPort port() {
        return tavily;
    }

    @Override
    protected Staged stageResults() {
        answer("java virtual threads", false, "tavily/search-java-virtual-threads.json");
        return new Staged("java virtual threads", List.of(
                new WebSearchHit("JEP 444: Virtual Threads - OpenJDK", "https://openjdk.org/jeps/444", "Summary. Introduce"
                        + " virtual threads to the Java Platform. Virtual threads are lightweight threads that"
                        + " dramatically reduce the effort of writing, maintaining, and observing high-throughput"
                        + " concurrent applications."),
                new WebSearchHit("Virtual Threads - Oracle Help Center",
                        "https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html", "Virtual threads are"
                        + " lightweight threads that reduce the effort of writing, maintaining, and debugging"
                        + " high-throughput concurrent applications. For background information about virtual threads,"
                        + " see JEP 444."),
                new WebSearchHit("Virtual Threads: New Foundations for High-Scale Java Applications",
                        "https://www.infoq.com/articles/java-virtual-threads/", "Virtual threads are a lightweight"
                        + " implementation of Java threads, delivered as a preview feature in Java 19. Virtual threads"
                        + " dramatically reduce the effort of writing, maintaining, and observing high-throughput"
                        + " concurrent applications.")));
    }

    @Override
    protected String stageNoResults() {
        answer("qwxzv plorth 83127 nothing", false, "tavily/search-no-results.json");
        return "qwxzv plorth 83127 nothing";
    }

    @Override
    protected void stageError(int status) {
        String body = switch (status) {
            case 401 -> "tavily/unauthorized.json";
            case 432 -> "tavily/plan-limit.json";
            default -> "tavily/server-error.json";
        };
        server.stubFor(post(urlEqualTo("/search")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(Transcripts.web(body))));
    }

    @Override
    protected void stageSlowAnswer() {
        server.stubFor(post(urlEqualTo("/search")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withHeader("Content-Type", "application/json").withBody(Transcripts.web("tavily/search-no-results.json"))));
    }

    @Override
    protected StagedImages stageImages() {
        answer("aurora borealis", true, "tavily/images-aurora.json");
        String first = "https://upload.wikimedia.org/wikipedia/commons/a/aa/Aurora_borealis_above_Lyngenfjorden%2C_2012_March.jpg";
        return new StagedImages("aurora borealis", List.of(new ImageHit(first, first, "",
                "Green aurora borealis arcs over a snowy fjord under a starry night sky.", 0, 0)));
    }

    @Override
    protected int errorStatusWithReason() {
        return 401;
    }

    @Override
    protected String expectedReason() {
        return "Unauthorized: missing or invalid API key.";
    }

    @Test
    void givenASearch_thenTheKeyIsABearerToken_andTheBodyAsksForABasicSearch() {
        stageResults();

        tavily.search(new WebSearchQuery("java virtual threads", 3), null);

        server.verify(postRequestedFor(urlEqualTo("/search")).withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.query", equalTo("java virtual threads")))
                .withRequestBody(matchingJsonPath("$.search_depth", equalTo("basic")))
                .withRequestBody(matchingJsonPath("$.max_results", equalTo("3"))));
    }

    @Test
    void givenThePlanLimit_thenTavilysWordsArePassedOn_butNeverTheKey() {
        stageError(432);

        assertThatThrownBy(() -> tavily.search(new WebSearchQuery("x", 1), null)).isInstanceOf(WebToolFailedException.class)
                .hasMessageContaining("HTTP 432").hasMessageContaining("exceeds your plan")
                .hasMessageNotContaining(KEY);
    }

    private void answer(String query, boolean images, String transcript) {
        server.stubFor(post(urlEqualTo("/search")).withRequestBody(matchingJsonPath("$.query", equalTo(query)))
                .withRequestBody(matchingJsonPath("$.include_images", equalTo(String.valueOf(images))))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Transcripts.web(transcript))));
    }
}
