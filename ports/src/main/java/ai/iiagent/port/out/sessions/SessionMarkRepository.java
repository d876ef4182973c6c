package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.sessions.MarkedSession;
import java.time.Instant;
import java.util.List;

/** A user's pins and wishlist. Marking twice is harmless; lists show live sessions only, newest mark first. */
public interface SessionMarkRepository {

    /** @return false when the mark was already there */
    boolean add(UserId user, SessionId session, MarkKind kind, Instant at);

    /** @return false when there was no such mark */
    boolean remove(UserId user, SessionId session, MarkKind kind);

    List<MarkedSession> list(UserId user, MarkKind kind);
}
