package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.port.in.content.GetSlideUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;

/** One slide of a readable session. */
public final class GetSlideService implements GetSlideUseCase {

    private final SlideAccess access;

    public GetSlideService(SessionRepository sessions, SlideRepository slides) {
        this.access = new SlideAccess(sessions, slides);
    }

    @Override
    public Slide get(SlideQuery query) {
        access.readable(query.caller(), query.sessionId());
        return access.slide(query.sessionId(), query.presentationName(), query.slideNumber());
    }
}
