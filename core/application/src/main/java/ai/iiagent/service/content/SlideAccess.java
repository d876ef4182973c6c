package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.List;

/**
 * Who may see a session's slides: its owner, or anyone (caller null) when the session is public.
 * Another user's session, even a public one, is "not found" through the owner's routes, so the
 * answer never tells whether an id exists.
 */
final class SlideAccess {

    private final SessionRepository sessions;
    private final SlideRepository slides;

    SlideAccess(SessionRepository sessions, SlideRepository slides) {
        this.sessions = sessions;
        this.slides = slides;
    }

    /** The session, when {@code caller} owns it, or when caller is null and it is public. */
    Session readable(UserId caller, SessionId sessionId) {
        Session session = sessions.findById(sessionId).filter(found -> !found.isDeleted())
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        boolean allowed = caller == null ? session.isPublic() : session.isOwnedBy(caller);
        if (!allowed) {
            throw new SessionNotFoundException(sessionId);
        }
        return session;
    }

    Session owned(UserId owner, SessionId sessionId) {
        return readable(owner, sessionId);
    }

    Slide slide(SessionId sessionId, String presentationName, Integer slideNumber) {
        String name = Slide.checkName(presentationName);
        if (slideNumber == null) {
            throw new ai.iiagent.domain.shared.ValidationException(SlideErrors.INVALID_SLIDE_NUMBER,
                    "slide_number is required");
        }
        int number = Slide.checkNumber(slideNumber);
        return slides.find(sessionId, name, number).orElseThrow(() -> new NotFoundException(SlideErrors.SLIDE_NOT_FOUND,
                "presentation " + name + " has no slide " + number));
    }

    /** The deck's slides in order, or {@code presentation_not_found}. */
    List<Slide> deck(SessionId sessionId, String presentationName) {
        String name = Slide.checkName(presentationName);
        List<Slide> deck = slides.list(sessionId).stream().filter(slide -> slide.presentationName().equals(name)).toList();
        if (deck.isEmpty()) {
            throw new NotFoundException(SlideErrors.PRESENTATION_NOT_FOUND, "this session has no presentation " + name);
        }
        return deck;
    }
}
