package ai.iiagent.port.out.browser;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;

/**
 * A web browser the agent operates for one session (the browser tools): each session gets its own
 * isolated browser (own cookies, storage and tabs), opened on its first action, closed after it has
 * been idle for a while and when the session's sandbox stops, and bounded in tabs, page-load time
 * and memory. Every request the browser makes leaves through the same SSRF rules as {@code web_visit}
 * (no loopback, private, link-local, metadata or internal names; each connection to the address
 * checked when it was resolved; redirects, sub-resources and WebSockets each checked), so a page
 * cannot make it reach the server, its database or the host. Files the browser downloads land in the
 * session's workspace under {@code downloads/}.
 *
 * <p>Billable: every action takes the reservation that pays for it (a per-call price). Failures the
 * model can act on (a refused address, an element that is not there, a time-out) are thrown as
 * {@link BrowserActionFailedException} with a message written for the model.
 */
public interface BrowserPaidToolPort {

    /**
     * Performs one action in the session's browser (opening it first when needed) and answers the
     * page as it is afterwards.
     */
    BrowserState act(SessionId sessionId, BrowserAction action, CreditReservation reservation);

    /** Closes the session's browser if it is open (its tabs, cookies and storage are gone); idempotent. */
    @NotBillable("releases resources; allocates nothing")
    void close(SessionId sessionId);
}
