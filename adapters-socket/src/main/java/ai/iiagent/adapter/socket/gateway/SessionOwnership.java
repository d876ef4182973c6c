package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * The one owner check of every session-addressed socket command. Command handlers take an
 * {@link OwnedSession}, and only {@link #check} makes one, so no command can be dispatched unchecked.
 */
@ApplicationScoped
public class SessionOwnership {

    private final GetSessionUseCase sessions;

    public SessionOwnership(GetSessionUseCase sessions) {
        this.sessions = sessions;
    }

    /**
     * @param joined how the sending connection joined {@code target}: joining checked who owns it,
     *               so only a session the connection has not joined is looked up
     * @throws AccessDeniedException {@code auth_error} for a viewer of someone else's session
     * @throws SessionNotFoundException for a session the caller cannot see or does not own
     */
    OwnedSession check(Identity caller, SessionId target, Joined joined) {
        switch (joined) {
            case AS_OWNER -> {
                return new OwnedSession(caller, target);
            }
            case AS_VIEWER -> throw new AccessDeniedException(ErrorCode.of("auth_error"),
                    "only the session's owner can send commands");
            case NOT_JOINED -> {
                // looked up below
            }
        }
        Session session = sessions.get(new SessionQuery(caller, target)).session();
        if (!session.isOwnedBy(caller.userId())) {
            throw new SessionNotFoundException(target); // someone else's public session: as if it did not exist
        }
        return new OwnedSession(caller, target);
    }

    /** How the sending connection is joined to the session a command names. */
    enum Joined {
        AS_OWNER, AS_VIEWER, NOT_JOINED
    }

    /** A session its caller owns, as checked by {@link SessionOwnership#check}. */
    public static final class OwnedSession {

        private final Identity owner;
        private final SessionId sessionId;

        private OwnedSession(Identity owner, SessionId sessionId) {
            this.owner = Objects.requireNonNull(owner, "owner");
            this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        }

        public Identity owner() {
            return owner;
        }

        public SessionId sessionId() {
            return sessionId;
        }
    }
}
