package ai.iiagent.domain.sessions;

import java.time.Instant;

/** The fork rules: which parents qualify, and what the child inherits. */
final class SessionFork {

    static final String NAME_PREFIX = "Continue from: ";
    static final String UNNAMED_PARENT = "Untitled session";

    private SessionFork() {
    }

    static SessionSnapshot child(SessionSnapshot parent, SessionId childId, ForkRequest request, Instant now) {
        if (parent.appKind() != AppKind.AGENT) {
            throw new InvalidForkException("only agent sessions can be forked");
        }
        if (!request.forkType().accepts(parent.agentType())) {
            throw new InvalidForkException(request.forkType().code() + " forks only deep_research or fast_research "
                    + "sessions, not " + parent.agentType());
        }
        if (request.forkType().needsAttachments() && request.context().attachments().isEmpty()) {
            throw ForkContext.invalid(request.forkType().code() + " needs at least one attachment");
        }
        ForkInfo info = new ForkInfo(request.forkType(), parent.id(), parent.agentType(), request.context(), now,
                request.sandboxMode());
        return new SessionSnapshot(childId, parent.ownerId(), name(parent.name()), AppKind.AGENT,
                request.forkType().childAgentType(parent.agentType()), false, parent.id(),
                request.modelSettingId() != null ? request.modelSettingId() : parent.modelSettingId(), info, false,
                null, now, now, false, 0);
    }

    private static String name(String parentName) {
        String name = NAME_PREFIX + (parentName == null || parentName.isBlank() ? UNNAMED_PARENT : parentName);
        return name.length() > Session.MAX_NAME_LENGTH ? name.substring(0, Session.MAX_NAME_LENGTH).strip() : name;
    }
}
