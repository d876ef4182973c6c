package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.port.in.content.ListSlideVersionsUseCase;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.List;

/** A slide's history for its owner. */
public final class ListSlideVersionsService implements ListSlideVersionsUseCase {

    private final SlideAccess access;
    private final SlideRepository slides;

    public ListSlideVersionsService(SessionRepository sessions, SlideRepository slides) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
    }

    @Override
    public List<SlideVersion> versions(SlideQuery query) {
        access.readable(query.caller(), query.sessionId());
        Slide slide = access.slide(query.sessionId(), query.presentationName(), query.slideNumber());
        return slides.versions(query.sessionId(), slide.presentationName(), slide.slideNumber());
    }
}
