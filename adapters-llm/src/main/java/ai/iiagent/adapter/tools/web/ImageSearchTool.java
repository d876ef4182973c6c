package ai.iiagent.adapter.tools.web;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.web.ImageHit;
import ai.iiagent.port.out.web.ImageSearchQuery;
import ai.iiagent.port.out.web.ImageSearchResults;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebToolFailedException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code image_search {query, aspect_ratio?, min_width?, min_height?}}: image URLs from the configured
 * provider (offered only when it has image search). Size filters apply where the provider reports
 * sizes; images of unknown size are kept and marked so. Paid like {@code web_search}.
 */
public final class ImageSearchTool implements AgentTool {

    private static final List<String> ASPECTS = List.of("any", "landscape", "portrait", "square");
    private static final ToolSpec SPEC = new ToolSpec("image_search",
            "Search for images on the web. Returns image URLs with their size (when known) and the page they are on.",
            Map.of("type", "object", "required", List.of("query"), "properties", Map.of(
                    "query", Map.of("type", "string", "description", "what the images should show"),
                    "aspect_ratio", Map.of("type", "string", "enum", ASPECTS),
                    "min_width", Map.of("type", "integer", "minimum", 0),
                    "min_height", Map.of("type", "integer", "minimum", 0))));

    private final WebSearchPaidToolPort search;
    private final int maxResults;
    private final Credits pricePerCall;
    private final Duration timeout;

    public ImageSearchTool(WebSearchPaidToolPort search, int maxResults, Credits pricePerCall, Duration providerTimeout) {
        this.search = search;
        this.maxResults = maxResults;
        this.pricePerCall = pricePerCall;
        this.timeout = providerTimeout.plusSeconds(5);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return pricePerCall;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        if (!(arguments.get("query") instanceof String query) || query.isBlank()
                || query.length() > WebSearchTool.MAX_QUERY_CHARS) {
            return ToolOutcome.failed("query must be a non-empty string of at most " + WebSearchTool.MAX_QUERY_CHARS
                    + " characters");
        }
        String aspect = arguments.get("aspect_ratio") instanceof String given ? given.toLowerCase(Locale.ROOT) : "any";
        if (!ASPECTS.contains(aspect)) {
            return ToolOutcome.failed("aspect_ratio must be one of " + String.join(", ", ASPECTS));
        }
        int minWidth = arguments.get("min_width") instanceof Number width ? Math.max(0, width.intValue()) : 0;
        int minHeight = arguments.get("min_height") instanceof Number height ? Math.max(0, height.intValue()) : 0;
        ImageSearchResults results;
        try {
            results = search.searchImages(new ImageSearchQuery(query.strip(), maxResults, minWidth, minHeight),
                    invocation.reservation());
        } catch (WebToolFailedException e) {
            return ToolOutcome.failed("Image search failed: " + e.getMessage());
        }
        List<ImageHit> images = results.images().stream().filter(image -> fits(image, aspect)).toList();
        return new ToolOutcome(text(results.query(), results.provider(), images), display(results, images), false,
                results.cost());
    }

    private static boolean fits(ImageHit image, String aspect) {
        if (aspect.equals("any") || image.width() == 0 || image.height() == 0) {
            return true;
        }
        double ratio = (double) image.width() / image.height();
        return switch (aspect) {
            case "landscape" -> ratio > 1.1;
            case "portrait" -> ratio < 0.9;
            default -> ratio >= 0.9 && ratio <= 1.1;
        };
    }

    private static String text(String query, String provider, List<ImageHit> images) {
        if (images.isEmpty()) {
            return "No images for \"" + query + "\" (" + provider + ").";
        }
        StringBuilder text = new StringBuilder("Images for \"").append(query).append("\" (").append(provider).append("):\n");
        int number = 1;
        for (ImageHit image : images) {
            text.append('\n').append(number++).append(". ").append(image.imageUrl())
                    .append(image.width() > 0 ? " (" + image.width() + "x" + image.height() + ")" : " (size unknown)");
            if (!image.title().isBlank()) {
                text.append("\n   ").append(image.title());
            }
            if (!image.pageUrl().isBlank()) {
                text.append("\n   on ").append(image.pageUrl());
            }
        }
        return text.toString();
    }

    private static Map<String, Object> display(ImageSearchResults results, List<ImageHit> images) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("query", results.query());
        display.put("provider", results.provider());
        display.put("images", images.stream().map(image -> Map.<String, Object>of("image_url", image.imageUrl(),
                "thumbnail_url", image.thumbnailUrl(), "page_url", image.pageUrl(), "title", image.title(),
                "width", image.width(), "height", image.height())).toList());
        return display;
    }
}
