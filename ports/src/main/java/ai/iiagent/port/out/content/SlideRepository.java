package ai.iiagent.port.out.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.sessions.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * The slides of sessions' decks and every version each slide had. A slide row holds the newest
 * version; versions are only ever added.
 */
public interface SlideRepository {

    /** The slide's newest version, or empty. */
    Optional<Slide> find(SessionId sessionId, String presentationName, int slideNumber);

    /**
     * Stores {@code slide} as the current state and adds {@code version} to its history, in one transaction.
     *
     * @throws ai.iiagent.domain.shared.ConflictException when that version was stored by someone else meanwhile
     */
    void save(Slide slide, SlideVersion version);

    /** Every slide of the session, by presentation name then slide number. */
    List<Slide> list(SessionId sessionId);

    /** The slide's versions, oldest first (empty for an unknown slide). */
    List<SlideVersion> versions(SessionId sessionId, String presentationName, int slideNumber);
}
