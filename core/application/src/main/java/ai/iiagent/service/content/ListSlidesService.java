package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.port.in.content.ListSlidesUseCase;
import ai.iiagent.port.in.content.Presentation;
import ai.iiagent.port.in.content.SlideQuery;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The readable session's decks, grouped from its slides. */
public final class ListSlidesService implements ListSlidesUseCase {

    private final SlideAccess access;
    private final SlideRepository slides;

    public ListSlidesService(SessionRepository sessions, SlideRepository slides) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
    }

    @Override
    public List<Presentation> list(SlideQuery query) {
        access.readable(query.caller(), query.sessionId());
        if (query.presentationName() != null) {
            return List.of(new Presentation(Slide.checkName(query.presentationName()),
                    access.deck(query.sessionId(), query.presentationName())));
        }
        Map<String, List<Slide>> decks = new LinkedHashMap<>();
        for (Slide slide : slides.list(query.sessionId())) {
            decks.computeIfAbsent(slide.presentationName(), name -> new ArrayList<>()).add(slide);
        }
        return decks.entrySet().stream().map(deck -> new Presentation(deck.getKey(), deck.getValue())).toList();
    }
}
