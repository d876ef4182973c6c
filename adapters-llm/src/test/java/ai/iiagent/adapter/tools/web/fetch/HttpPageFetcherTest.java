package ai.iiagent.adapter.tools.web.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.FetchedPage;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** web_visit's fetcher on a WireMock site (allowed through the guard's test exception): content types and conversion. */
class HttpPageFetcherTest {

    private final WireMockServer site = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private HttpPageFetcher fetcher;

    @BeforeEach
    void start() {
        site.start();
        fetcher = fetcher(2 * 1024 * 1024);
    }

    @AfterEach
    void stop() {
        site.stop();
    }

    @Test
    void givenAnHtmlPage_thenTheModelGetsItsMainContentAsMarkdown_withAbsoluteLinks_andNoScriptsOrChrome()
            throws IOException {
        serve("/blog/threads", "text/html; charset=utf-8", page("article.html"));

        FetchedPage page = fetcher.fetch(base(site) + "/blog/threads", null);

        assertThat(page.title()).isEqualTo("Virtual threads in practice | Example Engineering Blog");
        assertThat(page.content()).startsWith("# Virtual threads in practice")
                .contains("## What changes")
                .contains("[JDK 21](" + base(site) + "/jdk21)")
                .contains("**virtual threads**")
                .contains("* Blocking I/O no longer pins an OS thread.")
                .contains("executor.submit(() -> handle(request));")
                .contains("| platform |")
                .contains("![Threads diagram](" + base(site) + "/blog/images/threads.png)")
                .doesNotContain("gtag", "dataLayer", "Subscribe", "Buy our course", "Careers", "Privacy", "font-family");
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.cost()).isEqualTo(Credits.of("0.1"));
    }

    @Test
    void givenAPageRedirectingToAnother_thenTheFinalUrlAndTheHopAreReported() {
        site.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        serve("/new", "text/html", "<html><head><title>New</title></head><body><p>moved here</p></body></html>");

        FetchedPage page = fetcher.fetch(base(site) + "/old", null);

        assertThat(page.finalUrl()).isEqualTo(base(site) + "/new");
        assertThat(page.redirects()).containsExactly(base(site) + "/old");
        assertThat(page.content()).isEqualTo("moved here");
    }

    @Test
    void givenTextTypes_thenTheyComeBackAsTheyAre_inTheirCharset() {
        serve("/notes.txt", "text/plain; charset=utf-8", "line one\nline two ✓");
        serve("/data.json", "application/json", "{\"answer\": 42}");
        site.stubFor(get(urlEqualTo("/latin1.txt")).willReturn(aResponse().withHeader("Content-Type",
                "text/plain; charset=ISO-8859-1").withBody("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))));

        assertThat(fetcher.fetch(base(site) + "/notes.txt", null).content()).isEqualTo("line one\nline two ✓");
        assertThat(fetcher.fetch(base(site) + "/data.json", null).content()).isEqualTo("{\"answer\": 42}");
        assertThat(fetcher.fetch(base(site) + "/latin1.txt", null).content()).isEqualTo("café");
    }

    @Test
    void givenAnHtmlPageWithoutContentType_thenItIsRecognised() {
        serve("/bare", null, "<!DOCTYPE html><html><head><title>Bare</title></head><body><h2>Hi</h2></body></html>");

        assertThat(fetcher.fetch(base(site) + "/bare", null).content()).isEqualTo("## Hi");
    }

    @Test
    void givenBinaryContent_thenItIsRefusedWithWhatItIs() {
        site.stubFor(get(urlEqualTo("/paper.pdf")).willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                .withBody(new byte[2048])));

        assertThatThrownBy(() -> fetcher.fetch(base(site) + "/paper.pdf", null))
                .isInstanceOfSatisfying(WebToolFailedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE))
                .hasMessageContaining("application/pdf").hasMessageContaining("2 KiB");
    }

    @Test
    void givenAnErrorStatus_thenAnHttpError() {
        site.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404).withBody("<h1>Not found</h1>")));

        assertThatThrownBy(() -> fetcher.fetch(base(site) + "/gone", null))
                .isInstanceOfSatisfying(WebToolFailedException.class, e -> assertThat(e.kind()).isEqualTo(Kind.HTTP_ERROR))
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void givenAnInternalUrlOrRedirect_thenDestinationRefused() {
        site.stubFor(get(urlEqualTo("/to-metadata")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));

        assertThatThrownBy(() -> fetcher.fetch("http://10.0.0.1/", null))
                .isInstanceOfSatisfying(WebToolFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DESTINATION_REFUSED));
        assertThatThrownBy(() -> fetcher.fetch(base(site) + "/to-metadata", null))
                .isInstanceOfSatisfying(WebToolFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.DESTINATION_REFUSED))
                .hasMessageContaining("cloud metadata");
    }

    @Test
    void givenAPageOverTheSizeLimit_thenWhatArrivedIsConverted_andMarkedTruncated() {
        serve("/huge", "text/html", "<html><body><p>" + "word ".repeat(10_000) + "</p></body></html>");

        FetchedPage page = fetcher(4096).fetch(base(site) + "/huge", null);

        assertThat(page.truncated()).isTrue();
        assertThat(page.content()).startsWith("word word").hasSizeLessThan(4096);
    }

    private HttpPageFetcher fetcher(long maxBytes) {
        return new HttpPageFetcher(new GuardedHttpClient(new SsrfGuard(host -> {
            throw new java.net.UnknownHostException(host);
        }, Set.of("127.0.0.1:" + site.port())), new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(3), maxBytes, 3,
                "ii-agent-test")), Credits.of("0.1"));
    }

    private void serve(String path, String contentType, String body) {
        var response = aResponse().withStatus(200).withBody(body);
        site.stubFor(get(urlEqualTo(path)).willReturn(contentType == null ? response
                : response.withHeader("Content-Type", contentType)));
    }

    private static String page(String name) throws IOException {
        try (InputStream in = HttpPageFetcherTest.class.getResourceAsStream("/transcripts/web/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** WireMock names itself "localhost", which the guard refuses by name; the allowed exception is the address. */
    private static String base(WireMockServer running) {
        return "http://127.0.0.1:" + running.port();
    }
}
