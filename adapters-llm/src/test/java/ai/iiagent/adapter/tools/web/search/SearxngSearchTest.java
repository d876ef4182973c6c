package ai.iiagent.adapter.tools.web.search;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.ImageSearchQuery;
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

/** SearXNG's JSON API on WireMock serving recorded {@code /search?format=json} answers. */
class SearxngSearchTest extends WebSearchPaidToolPortContractTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private SearxngSearch searxng;

    @BeforeEach
    void start() {
        server.start();
        searxng = new SearxngSearch(new ObjectMapper(), server.baseUrl() + "/", Duration.ofMillis(700), Credits.of("0.2"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected WebSearchPaidToolPort port() {
        return searxng;
    }

    @Override
    protected Staged stageResults() {
        answer("java virtual threads", "general", "searxng/search-java-virtual-threads.json");
        return new Staged("java virtual threads", List.of(
                new WebSearchHit("JEP 444: Virtual Threads", "https://openjdk.org/jeps/444", "Introduce virtual threads to"
                        + " the Java Platform. Virtual threads are lightweight threads that dramatically reduce the effort"
                        + " of writing, maintaining, and observing high-throughput concurrent applications."),
                new WebSearchHit("Virtual Threads - Oracle Help Center",
                        "https://docs.oracle.com/en/java/javase/21/core/virtual-threads.html", "Virtual threads are"
                        + " lightweight threads that reduce the effort of writing, maintaining, and debugging"
                        + " high-throughput concurrent applications."),
                new WebSearchHit("Coming to Java 19: Virtual threads and platform threads",
                        "https://blogs.oracle.com/javamagazine/post/java-virtual-threads", "Operating systems can't"
                        + " increase the efficiency of platform threads, but the JDK will make better use of them by"
                        + " severing the one-to-one relationship between its threads and OS threads.")));
    }

    @Override
    protected String stageNoResults() {
        answer("qwxzv plorth 83127 nothing", "general", "searxng/search-no-results.json");
        return "qwxzv plorth 83127 nothing";
    }

    @Override
    protected void stageError(int status) {
        String body = status == 429 ? "searxng/too-many-requests.html" : "searxng/forbidden.html";
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(Transcripts.web(body))));
    }

    @Override
    protected void stageSlowAnswer() {
        server.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)
                .withHeader("Content-Type", "application/json").withBody(Transcripts.web("searxng/search-no-results.json"))));
    }

    @Override
    protected StagedImages stageImages() {
        answer("aurora borealis", "images", "searxng/images-aurora.json");
        return new StagedImages("aurora borealis", List.of(
                new ImageHit("https://upload.wikimedia.org/wikipedia/commons/a/aa/Aurora_borealis_above_Lyngenfjorden%2C_2012_March.jpg",
                        "https://tse2.mm.bing.net/th?id=OIP.3b8kPpWm2m5h8oQ0s2aGfQHaE8&pid=Api",
                        "https://commons.wikimedia.org/wiki/File:Aurora_borealis_above_Lyngenfjorden,_2012_March.jpg",
                        "Aurora borealis above Lyngenfjorden, 2012 March", 4000, 2667),
                new ImageHit("https://www.nasa.gov/wp-content/uploads/2023/03/iss030e010296.jpg",
                        "https://tse1.mm.bing.net/th?id=OIP.k1X0y9b2T0Qm3hJv8w5EwgHaEK&pid=Api",
                        "https://www.nasa.gov/image-article/aurora-borealis-seen-from-space-station/",
                        "Aurora Borealis Seen From Space Station - NASA", 1920, 1080)));
    }

    @Override
    protected int errorStatusWithReason() {
        return 403;
    }

    @Override
    protected String expectedReason() {
        return "json format";
    }

    @Test
    void givenASearch_thenItAsksForJson_inTheRightCategory_andCostsTheConfiguredPrice() {
        stageResults();

        assertThat(searxng.search(new WebSearchQuery("java virtual threads", 5), null).cost()).isEqualTo(Credits.of("0.2"));

        server.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("q", equalTo("java virtual threads"))
                .withQueryParam("format", equalTo("json")).withQueryParam("categories", equalTo("general"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void givenMinimumSizes_thenSmallerImagesAreDropped_butThoseOfUnknownSizeKept() {
        stageImages();

        List<ImageHit> images = searxng.searchImages(new ImageSearchQuery("aurora borealis", 10, 2000, 0), null).images();

        assertThat(images).extracting(ImageHit::width).containsExactly(4000, 0);
    }

    @Test
    void givenARateLimit_thenTheHintSaysWhatToChange() {
        stageError(429);

        assertThatThrownBy(() -> searxng.search(new WebSearchQuery("x", 1), null)).isInstanceOf(WebToolFailedException.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("limiter");
    }

    private void answer(String query, String category, String transcript) {
        server.stubFor(get(urlPathEqualTo("/search")).withQueryParam("q", equalTo(query))
                .withQueryParam("format", equalTo("json")).withQueryParam("categories", equalTo(category))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Transcripts.web(transcript))));
    }
}
