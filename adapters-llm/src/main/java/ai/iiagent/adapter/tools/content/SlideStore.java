package ai.iiagent.adapter.tools.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/**
 * Where the slide tools persist slides: the slides feature's use cases, wired in by bootstrap
 * ({@code WriteSlideUseCase}, {@code GetSlideUseCase}). A refused write throws the feature's
 * {@link ai.iiagent.domain.shared.DomainException} (bad name, number, HTML too large).
 */
public interface SlideStore {

    /** Stores the slide as its next version (source {@code agent}); null title/description/type keep the current ones. */
    Slide write(UserId owner, SessionId sessionId, String presentationName, int slideNumber, String title,
                String description, String type, String html);

    /** The slide's newest version, or empty. */
    Optional<Slide> find(UserId owner, SessionId sessionId, String presentationName, int slideNumber);
}
