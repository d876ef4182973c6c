package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.Credits;
import java.util.List;

/** A provider's images for a query and what the call cost. */
public record ImageSearchResults(String provider, String query, List<ImageHit> images, Credits cost) {

    public ImageSearchResults {
        images = List.copyOf(images);
        cost = cost == null ? Credits.ZERO : cost;
    }
}
