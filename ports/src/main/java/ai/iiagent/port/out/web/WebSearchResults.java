package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.Credits;
import java.util.List;

/** A provider's answer to a search, best first, and what the call cost. */
public record WebSearchResults(String provider, String query, List<WebSearchHit> hits, Credits cost) {

    public WebSearchResults {
        hits = List.copyOf(hits);
        cost = cost == null ? Credits.ZERO : cost;
    }
}
