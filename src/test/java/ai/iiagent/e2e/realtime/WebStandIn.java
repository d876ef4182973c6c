package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One WireMock on loopback playing a SearXNG instance (recorded {@code /search?format=json} answers)
 * and a web site (an article, and a link that redirects to the cloud metadata address). The app
 * is pointed at it as its search provider; web_visit may reach exactly this address and port
 * through the guard's exception list, and nothing else internal.
 */
public class WebStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/search")).withQueryParam("format", equalTo("json"))
                .withQueryParam("q", equalTo("java virtual threads")).withQueryParam("categories", equalTo("general"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(read("searxng-search.json"))));
        server.stubFor(get(urlPathEqualTo("/search")).withQueryParam("format", equalTo("json"))
                .withQueryParam("q", equalTo("aurora borealis")).withQueryParam("categories", equalTo("images"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(read("searxng-images.json"))));
        server.stubFor(get(urlEqualTo("/blog/threads")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(read("article.html"))));
        server.stubFor(get(urlEqualTo("/innocent-link")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")));
        return Map.of("web.search-provider", "searxng", "web.searxng-base-url", base(),
                "web.search-price-usd", "0.003", "web.visit-allowed-internal", "127.0.0.1:" + server.port());
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String read(String name) {
        try (InputStream in = WebStandIn.class.getResourceAsStream("/transcripts/web-e2e/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
