package ai.iiagent.service.projects;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.PreviewLink;
import ai.iiagent.port.in.projects.PreviewRoute;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.PreviewSignerPort;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Owner-only previews of sandbox servers. A label names one (session, port) and carries a MAC, so
 * labels cannot be guessed or forged; the proxy forwards a connection only for the holder of that
 * origin's cookie (signed for that label, from a short-lived grant only the owner can get) or, for a
 * public session, for anyone. The sandbox's server is reached through {@link SandboxPreviewPort}
 * (the session's own sandbox, or the one a shared fork uses).
 */
public final class PreviewService implements PreviewUseCase {

    private static final Duration GRANT_LIFETIME = Duration.ofMinutes(2);
    private static final Duration COOKIE_LIFETIME = Duration.ofHours(12);
    private static final String SIGN_IN_PATH = PreviewUseCase.SIGN_IN_PATH.substring(1);

    private final SessionRepository sessions;
    private final SandboxPreviewPort previews;
    private final UnaryOperator<SessionId> servingSandbox;
    private final Function<String, URI> origins;
    private final ClockPort clock;
    private final PreviewLabels labels;

    /**
     * @param servingSandbox the session whose sandbox serves a session (itself, or a shared fork's ancestor)
     * @param origins        the origin at which the app serves the preview named by a label (its preview listener)
     * @param signer         the MAC of labels and tokens (the same key on every node)
     */
    public PreviewService(SessionRepository sessions, SandboxPreviewPort previews, UnaryOperator<SessionId> servingSandbox,
                          Function<String, URI> origins, ClockPort clock, PreviewSignerPort signer) {
        this.sessions = sessions;
        this.previews = previews;
        this.servingSandbox = servingSandbox;
        this.origins = origins;
        this.clock = clock;
        this.labels = new PreviewLabels(signer);
    }

    @Override
    public PreviewLink open(UserId caller, SessionId sessionId, int port) {
        if (port < 1 || port > 65_535) {
            throw new ValidationException(PreviewUseCase.INVALID_PORT, "a port is between 1 and 65535");
        }
        sessions.findById(sessionId).filter(s -> !s.isDeleted() && s.isOwnedBy(caller))
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        previews.relay(servingSandbox.apply(sessionId), port);
        String label = labels.label(sessionId, port);
        URI url = origins.apply(label);
        Instant expires = clock.now().plus(GRANT_LIFETIME);
        URI open = url.resolve(SIGN_IN_PATH + "?grant=" + labels.token(label, "grant", expires));
        return new PreviewLink(port, url, open, expires);
    }

    @Override
    public PreviewRoute route(String label, String cookie) {
        PreviewLabels.Address address = labels.parse(label).orElseThrow(PreviewService::notFound);
        Session session = sessions.findById(address.sessionId()).filter(s -> !s.isDeleted())
                .orElseThrow(PreviewService::notFound);
        if (!session.isPublic() && !labels.valid(label, "session", cookie, clock.now())) {
            throw notFound();
        }
        return new PreviewRoute(previews.relay(servingSandbox.apply(address.sessionId()), address.port()));
    }

    @Override
    public String signIn(String label, String grant) {
        Optional<PreviewLabels.Address> address = labels.parse(label);
        if (address.isEmpty() || !labels.valid(label, "grant", grant, clock.now())) {
            throw notFound();
        }
        return labels.token(label, "session", clock.now().plus(COOKIE_LIFETIME));
    }

    private static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND, "no such preview");
    }
}
