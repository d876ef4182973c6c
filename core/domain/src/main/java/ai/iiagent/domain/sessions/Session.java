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
                null, false, null, now, now, false, 0));
    }

    public static Session rehydrate(SessionSnapshot snapshot) {
        return new Session(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** A rename by the owner also pins the title: automatic titling never overrides it. */
    public Session renamed(String name, Instant now) {
        return with(validName(name), true, state.isPublic(), state.deleted(), now);
    }

    /** Whether automatic titling may name this session: still unnamed and never renamed by its owner. */
    public boolean awaitsTitle() {
        return !state.deleted() && !state.titlePinned() && state.name().isBlank();
    }

    /** Takes a generated title if {@link #awaitsTitle()}, clipped to the name limit; otherwise unchanged. */
    public Session titled(String title, Instant now) {
        String clipped = title == null ? "" : title.strip();
        clipped = clipped.length() > MAX_NAME_LENGTH ? clipped.substring(0, MAX_NAME_LENGTH).strip() : clipped;
        if (!awaitsTitle() || clipped.isEmpty()) {
            return this;
        }
        return with(clipped, false, state.isPublic(), state.deleted(), now);
    }

    /**
     * A new session that continues this one, owned by the same user.
     *
     * @throws InvalidForkException when this session cannot be forked that way
     */
    public Session fork(SessionId childId, ForkRequest request, Instant now) {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(request, "request");
        return new Session(SessionFork.child(state, childId, request, now));
    }

    /** The agent type its runs use from now on (the catalogue in {@code domain.agents} decides which exist). */
    public Session withAgentType(String agentType, Instant now) {
        if (agentType == null || agentType.isBlank()) {
            throw new ValidationException(ErrorCode.of("agent_type_unknown"), "an agent type has a name");
        }
        return new Session(new SessionSnapshot(state.id(), state.ownerId(), state.name(), state.appKind(),
                agentType.strip(), state.isPublic(), state.parentSessionId(), state.modelSettingId(), state.forkInfo(),
                state.titlePinned(), state.lastMessageAt(), state.createdAt(), now, state.deleted(), state.version()));
    }

    public Session published(boolean isPublic, Instant now) {
        return with(state.name(), state.titlePinned(), isPublic, state.deleted(), now);
    }

    public Session deleted(Instant now) {
        return with(state.name(), state.titlePinned(), state.isPublic(), true, now);
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

    private Session with(String name, boolean titlePinned, boolean isPublic, boolean deleted, Instant now) {
        return new Session(new SessionSnapshot(state.id(), state.ownerId(), name, state.appKind(), state.agentType(),
                isPublic, state.parentSessionId(), state.modelSettingId(), state.forkInfo(), titlePinned,
                state.lastMessageAt(), state.createdAt(), now, deleted, state.version()));
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
