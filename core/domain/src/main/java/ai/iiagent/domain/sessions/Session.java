package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation with the agent, owned by one user. Deletion is soft (events and ledger rows keep
 * pointing here); a public session can be read by anyone with the link.
 */
public final class Session {

    static final int MAX_NAME_LENGTH = 255;
    static final String DEFAULT_AGENT_TYPE = "general";

    private final SessionSnapshot state;

    private Session(SessionSnapshot state) {
        this.state = state;
    }

    /** A new, private session; name may be empty until the first query titles it. */
    public static Session start(SessionId id, UserId owner, String name, AppKind appKind, String agentType,
                                Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(appKind, "appKind");
        return new Session(new SessionSnapshot(id, owner, validName(name == null ? "" : name), appKind,
                agentType == null || agentType.isBlank() ? DEFAULT_AGENT_TYPE : agentType.strip(), false, null, null,
                now, now, false, 0));
    }

    public static Session rehydrate(SessionSnapshot snapshot) {
        return new Session(Objects.requireNonNull(snapshot, "snapshot"));
    }

    public Session renamed(String name, Instant now) {
        return with(validName(name), state.isPublic(), state.deleted(), now);
    }

    public Session published(boolean isPublic, Instant now) {
        return with(state.name(), isPublic, state.deleted(), now);
    }

    public Session deleted(Instant now) {
        return with(state.name(), state.isPublic(), true, now);
    }

    public boolean isOwnedBy(UserId user) {
        return state.ownerId().equals(user);
    }

    /** Owners see their live sessions; everyone sees live public ones. */
    public boolean isReadableBy(UserId userOrNull) {
        return !state.deleted() && (state.isPublic() || userOrNull != null && isOwnedBy(userOrNull));
    }

    public SessionId id() {
        return state.id();
    }

    public boolean isDeleted() {
        return state.deleted();
    }

    public boolean isPublic() {
        return state.isPublic();
    }

    public SessionSnapshot snapshot() {
        return state;
    }

    private Session with(String name, boolean isPublic, boolean deleted, Instant now) {
        return new Session(new SessionSnapshot(state.id(), state.ownerId(), name, state.appKind(), state.agentType(),
                isPublic, state.parentSessionId(), state.lastMessageAt(), state.createdAt(), now, deleted,
                state.version()));
    }

    private static String validName(String name) {
        String trimmed = name == null ? null : name.strip();
        if (trimmed == null || trimmed.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(ErrorCode.of("invalid_session_name"),
                    "session names have at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && state.id().equals(that.state.id());
    }

    @Override
    public int hashCode() {
        return state.id().hashCode();
    }
}
