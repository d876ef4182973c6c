package ai.iiagent.port.out.web;

import ai.iiagent.domain.credits.CreditReservation;

/**
 * Fetches a public web page and returns it as Markdown or text (web_visit). Billable like any
 * outbound tool (a zero price for the built-in fetcher, a real one for a paid reader service).
 * Refuses internal destinations (SSRF rules) and throws {@link WebToolFailedException} for those,
 * for time-outs, over-large or unreadable content, with a message fit to show the model.
 */
public interface WebFetchPaidToolPort {

    FetchedPage fetch(String url, CreditReservation reservation);
}
