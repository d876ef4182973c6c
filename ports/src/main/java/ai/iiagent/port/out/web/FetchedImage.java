package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.Credits;

/**
 * A fetched image: the URL asked for and the one that answered, its media type (from its bytes),
 * the bytes, its size in pixels (0 when the format's header was not read) and what the call cost.
 */
public record FetchedImage(String requestedUrl, String finalUrl, String mediaType, byte[] bytes, int width, int height,
                           Credits cost) {

    public FetchedImage {
        cost = cost == null ? Credits.ZERO : cost;
    }
}
