package ai.iiagent.adapter.tools.web.search;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.ImageSearchQuery;
import ai.iiagent.port.out.web.ImageSearchResults;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebSearchResults;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A SearXNG instance's JSON API: {@code GET /search?q=…&format=json} (web) and
 * {@code &categories=images} (images). The instance must allow the {@code json} format
 * ({@code search.formats} in its settings.yml); it answers 403 otherwise, which is said plainly.
 * Usually self-hosted, so its price is zero unless configured.
 */
public final class SearxngSearch implements WebSearchPaidToolPort {

    private final ObjectMapper json;
    private final String baseUrl;
    private final Credits pricePerCall;
    private final ProviderHttp http;

    public SearxngSearch(ObjectMapper json, String baseUrl, Duration timeout, Credits pricePerCall) {
        this.json = json;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.pricePerCall = pricePerCall;
        this.http = new ProviderHttp("SearXNG", timeout);
    }

    @Override
    public String provider() {
        return "searxng";
    }

    @Override
    public boolean supportsImages() {
        return true;
    }

    @Override
    public WebSearchResults search(WebSearchQuery query, CreditReservation reservation) {
        JsonNode answer = get(query.query(), "general");
        List<WebSearchHit> hits = new ArrayList<>();
        for (JsonNode result : answer.path("results")) {
            if (hits.size() < query.maxResults() && result.hasNonNull("url")) {
                hits.add(new WebSearchHit(PlainText.of(result.path("title").asText()), result.path("url").asText(),
                        PlainText.of(result.path("content").asText())));
            }
        }
        return new WebSearchResults(provider(), query.query(), hits, pricePerCall);
    }

    @Override
    public ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation) {
        JsonNode answer = get(query.query(), "images");
        List<ImageHit> images = new ArrayList<>();
        for (JsonNode result : answer.path("results")) {
            String image = result.path("img_src").asText("");
            if (images.size() >= query.maxResults() || image.isBlank()) {
                continue;
            }
            int[] size = PlainText.size(result.path("resolution").asText(null));
            ImageHit hit = new ImageHit(absolute(image), absolute(result.path("thumbnail_src").asText("")),
                    result.path("url").asText(""), PlainText.of(result.path("title").asText()), size[0], size[1]);
            if (ImageFilter.bigEnough(hit, query)) {
                images.add(hit);
            }
        }
        return new ImageSearchResults(provider(), query.query(), images, pricePerCall);
    }

    private JsonNode get(String query, String category) {
        URI uri = URI.create(baseUrl + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&format=json&categories=" + category + "&safesearch=1");
        String body = http.send(http.request(uri).header("Accept", "application/json").GET().build(),
                (status, error) -> status == 403 ? "is the json format enabled under search.formats in its settings.yml?"
                        : status == 429 ? "its limiter refused the request; allow this server's address in limiter.toml" : "")
                .body();
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.UNREADABLE, "SearXNG did not answer with JSON (is the json format"
                    + " enabled under search.formats in its settings.yml?)", e);
        }
    }

    // SearXNG passes some engines' protocol-relative URLs through as they are.
    private static String absolute(String url) {
        return url.startsWith("//") ? "https:" + url : url;
    }
}
