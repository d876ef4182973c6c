package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.NotBillable;

/**
 * A web search provider (SearXNG, Tavily, Brave, DuckDuckGo, ...). Billable: providers charge per
 * query, so every search takes the reservation that holds its price; the answer reports what the
 * call cost. Failures (the provider's 4xx/5xx, time-outs, unreadable answers) throw
 * {@link WebToolFailedException} with a message fit to show the model.
 */
public interface WebSearchPaidToolPort {

    /** The provider's name as shown to users ("searxng", "tavily", "brave", "duckduckgo"). */
    @NotBillable("a configuration read")
    String provider();

    /** True when {@link #searchImages} is available at this provider. */
    @NotBillable("a configuration read")
    boolean supportsImages();

    WebSearchResults search(WebSearchQuery query, CreditReservation reservation);

    /** Image search; throws {@link WebToolFailedException} when {@link #supportsImages()} is false. */
    ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation);
}
