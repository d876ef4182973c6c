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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tavily's search API: {@code POST /search} with the key as a bearer token, a basic-depth search
 * (one Tavily credit); images come from the same endpoint with {@code include_images}. Tavily's
 * error answers ({@code {"detail":{"error":…}}}, 401 bad key, 429 rate limit, 432/433 plan limits)
 * are passed on as the reason.
 */
public final class TavilySearch implements WebSearchPaidToolPort {

    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final Credits pricePerCall;
    private final ProviderHttp http;

    public TavilySearch(ObjectMapper json, String baseUrl, String apiKey, Duration timeout, Credits pricePerCall) {
        this.json = json;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.pricePerCall = pricePerCall;
        this.http = new ProviderHttp("Tavily", timeout);
    }

    @Override
    public String provider() {
        return "tavily";
    }

    @Override
    public boolean supportsImages() {
        return true;
    }

    @Override
    public WebSearchResults search(WebSearchQuery query, CreditReservation reservation) {
        ObjectNode body = json.createObjectNode().put("query", query.query()).put("search_depth", "basic")
                .put("max_results", Math.min(query.maxResults(), 20)).put("include_answer", false)
                .put("include_images", false);
        List<WebSearchHit> hits = new ArrayList<>();
        for (JsonNode result : post(body).path("results")) {
            if (hits.size() < query.maxResults() && result.hasNonNull("url")) {
                hits.add(new WebSearchHit(PlainText.of(result.path("title").asText()), result.path("url").asText(),
                        PlainText.of(result.path("content").asText())));
            }
        }
        return new WebSearchResults(provider(), query.query(), hits, pricePerCall);
    }

    @Override
    public ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation) {
        ObjectNode body = json.createObjectNode().put("query", query.query()).put("search_depth", "basic")
                .put("max_results", 5).put("include_images", true).put("include_image_descriptions", true);
        List<ImageHit> images = new ArrayList<>();
        for (JsonNode image : post(body).path("images")) {
            // Plain URLs, or {url, description} objects when descriptions were asked for.
            String url = image.isTextual() ? image.asText() : image.path("url").asText("");
            if (!url.isBlank() && images.size() < query.maxResults()) {
                images.add(new ImageHit(url, url, "", PlainText.of(image.path("description").asText("")), 0, 0));
            }
        }
        return new ImageSearchResults(provider(), query.query(), images, pricePerCall);
    }

    private JsonNode post(ObjectNode body) {
        HttpRequest request = http.request(URI.create(baseUrl + "/search")).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        String answer = http.send(request, (status, error) -> detail(error)).body();
        try {
            return json.readTree(answer);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.UNREADABLE, "Tavily answered something that is not JSON", e);
        }
    }

    private String detail(String error) {
        try {
            JsonNode detail = json.readTree(error).path("detail");
            return detail.isTextual() ? detail.asText() : detail.path("error").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
