package ai.iiagent.port.in.projects;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.users.UserId;

/**
 * Previews of servers the agent runs in a session's sandbox (docs/projects.md "Preview"). Each
 * (session, port) has its own origin, named by an unguessable signed label; the proxy forwards a
 * connection there only for the owner (a cookie of that origin, from {@link #signIn}) or, for a
 * public session, for anyone. Every refusal is {@code preview_not_found} (404), so a stranger learns
 * nothing about other sessions.
 */
public interface PreviewUseCase {

    /** The cookie the preview origin sets after {@link #signIn}. */
    String COOKIE = "iiagent_preview";
    /** The path on a preview origin that exchanges a grant ({@code ?grant=}) for the cookie. */
    String SIGN_IN_PATH = "/__iiagent/preview-sign-in";
    /** {@code NotFoundException}: no such preview, or not for this caller. */
    ErrorCode NOT_FOUND = ErrorCode.of("preview_not_found");
    /** {@code ValidationException}: a port outside 1..65535. */
    ErrorCode INVALID_PORT = ErrorCode.of("invalid_port");

    /**
     * The owner's link to the server listening on {@code port} in the session's sandbox.
     *
     * @throws ai.iiagent.domain.sessions.SessionNotFoundException for anyone but the owner of a live session
     * @throws ai.iiagent.domain.shared.NotFoundException {@code preview_not_listening} when nothing listens there
     */
    PreviewLink open(UserId caller, SessionId sessionId, int port);

    /**
     * Where a connection to the preview origin named {@code label} goes, given the value of its
     * {@link #COOKIE} (null when absent).
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code preview_not_found} when the label is not
     *         genuine, the session is gone, or the caller may not see it; {@code preview_not_listening}
     *         when the server is not running
     */
    PreviewRoute route(String label, String cookie);

    /**
     * Exchanges a grant from {@link PreviewLink#openUrl()} for the value of the preview origin's
     * {@link #COOKIE}.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code preview_not_found} for a bad or expired grant
     */
    String signIn(String label, String grant);
}
