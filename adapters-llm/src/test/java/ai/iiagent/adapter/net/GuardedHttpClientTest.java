package ai.iiagent.adapter.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guarded client against a WireMock on loopback. Loopback is internal, so the test allows
 * exactly this server's address and port through the guard's exception list (empty in
 * production); every redirect it serves to anywhere else must be refused before a request is made.
 */
class GuardedHttpClientTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final WireMockServer other = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private TestResolver resolver;
    private GuardedHttpClient client;

    @BeforeEach
    void start() {
        server.start();
        other.start();
        resolver = new TestResolver(Map.of(
                "site.example.test", List.of(TestResolver.address("127.0.0.1")),
                "internal.example.test", List.of(TestResolver.address("10.1.2.3")),
                "metadata.example.test", List.of(TestResolver.address("169.254.169.254"))));
        client = client(1024, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.stop();
        other.stop();
    }

    @Test
    void givenAnAllowedPage_thenItIsFetched_throughTheCheckedAddress() throws Exception {
        server.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<p>hello</p>")));

        // .test names exist only in the test resolver: the client connected to what the guard resolved.
        GuardedResponse response = client.get("http://site.example.test:" + server.port() + "/page", Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(response.contentType()).isEqualTo("text/html");
        assertThat(resolver.lookups).hasValue(1); // one lookup per hop: the checked answer is the one used
    }

    @Test
    void givenRedirectsWithinTheAllowedServer_thenTheyAreFollowed_relativeOrAbsolute() throws Exception {
        server.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
        server.stubFor(get(urlEqualTo("/b")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", base(server) + "/c")));
        server.stubFor(get(urlEqualTo("/c")).willReturn(aResponse().withStatus(200).withBody("done")));

        GuardedResponse response = client.get(base(server) + "/a", Map.of());

        assertThat(response.finalUri().toString()).isEqualTo(base(server) + "/c");
        assertThat(response.redirects()).hasSize(2);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("done");
    }

    @ParameterizedTest(name = "redirect to {0} refused")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://metadata.example.test/latest/meta-data/",
            "http://internal.example.test/admin", "http://10.0.0.1/", "http://192.168.1.1/", "http://[::1]/",
            "http://localhost:PORT/", "http://0x7f.1:PORT/", "http://2130706433:PORT/",
            "http://127.0.0.1:OTHER/", "file:///etc/passwd", "gopher://127.0.0.1:6379/_FLUSHALL"})
    void givenARedirectToAnInternalDestination_thenItIsRefused_beforeAnyRequestGoesThere(String target) {
        String location = target.replace("OTHER", String.valueOf(other.port())).replace("PORT", String.valueOf(server.port()));
        server.stubFor(get(urlEqualTo("/go")).willReturn(aResponse().withStatus(302).withHeader("Location", location)));
        other.stubFor(get(anyUrl()).willReturn(aResponse().withBody("must not be reached")));

        assertThatThrownBy(() -> client.get(base(server) + "/go", Map.of()))
                .isInstanceOf(DestinationRefusedException.class).hasMessageContaining("redirected there from");
        other.verify(0, anyRequestedFor(anyUrl()));
        server.verify(1, getRequestedFor(anyUrl()));
    }

    @Test
    void givenARedirectLoop_thenItStopsAfterTheLimit() {
        server.stubFor(get(urlEqualTo("/loop")).willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));

        assertThatThrownBy(() -> client.get(base(server) + "/loop", Map.of())).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("more than 3 redirects");
        server.verify(4, getRequestedFor(urlEqualTo("/loop")));
    }

    @Test
    void givenABodyOverTheLimit_thenItIsCutThere_andMarkedTruncated() throws Exception {
        server.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withBody("x".repeat(100_000))));

        GuardedResponse response = client.get(base(server) + "/big", Map.of());

        assertThat(response.body()).hasSize(1024);
        assertThat(response.truncated()).isTrue();
    }

    @Test
    void givenAServerSlowerThanTheLimit_thenTheFetchTimesOut() {
        server.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(8_000).withBody("late")));
        GuardedHttpClient quick = client(1024, Duration.ofMillis(500));

        long started = System.nanoTime();
        assertThatThrownBy(() -> quick.get(base(server) + "/slow", Map.of())).isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(5_000));
    }

    @Test
    void givenABodyThatTricklesInChunks_thenTheWholeFetchStillEndsAtTheDeadline() {
        server.stubFor(get(urlEqualTo("/trickle")).willReturn(aResponse().withBody("y".repeat(1000))
                .withChunkedDribbleDelay(20, 8_000)));
        GuardedHttpClient quick = client(4096, Duration.ofMillis(700));

        long started = System.nanoTime();
        assertThatThrownBy(() -> quick.get(base(server) + "/trickle", Map.of())).isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(5_000));
    }

    @Test
    void givenAResolverThatChangesItsAnswer_thenTheFirstCheckedAnswerIsTheOneConnectedTo() throws Exception {
        server.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withBody("pinned")));
        HostResolver rebinding = new HostResolver() {
            private int calls;

            @Override
            public synchronized List<InetAddress> resolve(String host) {
                return List.of(TestResolver.address(calls++ == 0 ? "127.0.0.1" : "10.9.9.9"));
            }
        };
        GuardedHttpClient pinned = new GuardedHttpClient(new SsrfGuard(rebinding, Set.of("127.0.0.1:" + server.port())),
                new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 1024, 3, "test"));

        assertThat(new String(pinned.get("http://rebind.example.test:" + server.port() + "/r", Map.of()).body(),
                StandardCharsets.UTF_8)).isEqualTo("pinned");
    }

    @Test
    void givenOriginBoundHeaders_thenTheyReachTheFirstOriginOnly_andAreDroppedOnceARedirectLeavesIt() throws Exception {
        GuardedHttpClient both = new GuardedHttpClient(new SsrfGuard(resolver, Set.of("127.0.0.1:" + server.port(),
                "127.0.0.1:" + other.port())), new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 1024, 5, "test"));
        server.stubFor(get(urlEqualTo("/file")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/file-moved")));
        server.stubFor(get(urlEqualTo("/file-moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + other.port() + "/storage")));
        other.stubFor(get(urlEqualTo("/storage")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + server.port() + "/back")));
        server.stubFor(get(urlEqualTo("/back")).willReturn(aResponse().withBody("clip")));

        GuardedResponse response = both.get("http://127.0.0.1:" + server.port() + "/file",
                Map.of("X-Api-Key", "secret", "Accept", "video/mp4"), Set.of("X-Api-Key"));

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("clip");
        server.verify(getRequestedFor(urlEqualTo("/file-moved")).withHeader("X-Api-Key",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("secret")));
        other.verify(getRequestedFor(urlEqualTo("/storage")).withoutHeader("X-Api-Key")
                .withHeader("Accept", com.github.tomakehurst.wiremock.client.WireMock.equalTo("video/mp4")));
        server.verify(getRequestedFor(urlEqualTo("/back")).withoutHeader("X-Api-Key"));
    }

    private GuardedHttpClient client(long maxBytes, Duration total) {
        return new GuardedHttpClient(new SsrfGuard(resolver, Set.of("127.0.0.1:" + server.port())),
                new FetchLimits(Duration.ofSeconds(1), total, maxBytes, 3, "ii-agent-test"));
    }

    /** WireMock names itself "localhost", which the guard refuses by name; the allowed exception is the address. */
    private static String base(WireMockServer running) {
        return "http://127.0.0.1:" + running.port();
    }
}
