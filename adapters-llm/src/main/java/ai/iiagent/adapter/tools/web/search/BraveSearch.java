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
 * Brave Search API: {@code GET /res/v1/web/search} and {@code GET /res/v1/images/search} with the
 * key in {@code X-Subscription-Token}. Snippets carry {@code <strong>} marks, which are stripped.
 * Errors come as {@code {"type":"ErrorResponse","error":{"code":…,"detail":…}}} (422 for a bad
 * token, 429 when rate limited) and are passed on as the reason.
 */
public final class BraveSearch implements WebSearchPaidToolPort {

    private static final int MAX_WEB_COUNT = 20;
    private static final int MAX_IMAGE_COUNT = 100;

    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final Credits pricePerCall;
    private final ProviderHttp http;

    public BraveSearch(ObjectMapper json, String baseUrl, String apiKey, Duration timeout, Credits pricePerCall) {
        this.json = json;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.pricePerCall = pricePerCall;
        this.http = new ProviderHttp("Brave Search", timeout);
    }

    @Override
    public String provider() {
        return "brave";
    }

    @Override
    public boolean supportsImages() {
        return true;
    }

    @Override
    public WebSearchResults search(WebSearchQuery query, CreditReservation reservation) {
        JsonNode answer = get("/res/v1/web/search", query.query(), Math.min(query.maxResults(), MAX_WEB_COUNT), "moderate");
        List<WebSearchHit> hits = new ArrayList<>();
        for (JsonNode result : answer.path("web").path("results")) {
            if (hits.size() < query.maxResults() && result.hasNonNull("url")) {
                hits.add(new WebSearchHit(PlainText.of(result.path("title").asText()), result.path("url").asText(),
                        PlainText.of(result.path("description").asText())));
            }
        }
        return new WebSearchResults(provider(), query.query(), hits, pricePerCall);
    }

    @Override
    public ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation) {
        // Asks for more than needed: some are dropped by the size filter. Images know only off/strict.
        JsonNode answer = get("/res/v1/images/search", query.query(), Math.min(query.maxResults() * 2, MAX_IMAGE_COUNT),
                "strict");
        List<ImageHit> images = new ArrayList<>();
        for (JsonNode result : answer.path("results")) {
            JsonNode properties = result.path("properties");
            String image = properties.path("url").asText("");
            if (images.size() >= query.maxResults() || image.isBlank()) {
                continue;
            }
            ImageHit hit = new ImageHit(image, result.path("thumbnail").path("src").asText(""), result.path("url").asText(""),
                    PlainText.of(result.path("title").asText()), 0, 0); // Brave does not report image sizes
            if (ImageFilter.bigEnough(hit, query)) {
                images.add(hit);
            }
        }
        return new ImageSearchResults(provider(), query.query(), images, pricePerCall);
    }

    private JsonNode get(String path, String query, int count, String safeSearch) {
        URI uri = URI.create(baseUrl + path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&count=" + count
                + "&safesearch=" + safeSearch);
        String body = http.send(http.request(uri).header("Accept", "application/json")
                .header("X-Subscription-Token", apiKey).GET().build(), (status, error) -> detail(error)).body();
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.UNREADABLE, "Brave Search answered something that is not JSON", e);
        }
    }

    private String detail(String error) {
        try {
            JsonNode detail = json.readTree(error).path("error");
            String code = detail.path("code").asText("");
            String text = detail.path("detail").asText("");
            return code.isEmpty() ? text : code + (text.isEmpty() ? "" : " (" + text + ")");
        } catch (IOException e) {
            return "";
        }
    }
}
