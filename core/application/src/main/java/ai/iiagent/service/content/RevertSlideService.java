package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.RevertSlideCommand;
import ai.iiagent.port.in.content.RevertSlideUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;

/** Copies an older version forward as the newest (source {@code revert}). */
public final class RevertSlideService implements RevertSlideUseCase {

    private final SlideAccess access;
    private final SlideRepository slides;
    private final UnitOfWork tx;
    private final ClockPort clock;

    public RevertSlideService(SessionRepository sessions, SlideRepository slides, UnitOfWork tx, ClockPort clock) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Slide revert(RevertSlideCommand command) {
        access.owned(command.owner(), command.sessionId());
        return tx.inTransaction(() -> {
            Slide current = access.slide(command.sessionId(), command.presentationName(), command.slideNumber());
            SlideVersion old = slides.versions(command.sessionId(), current.presentationName(), current.slideNumber())
                    .stream().filter(version -> version.version() == command.version()).findFirst()
                    .orElseThrow(() -> new NotFoundException(SlideErrors.SLIDE_VERSION_NOT_FOUND,
                            "slide " + current.slideNumber() + " has no version " + command.version()));
            Slide next = current.changed(old.title(), old.description(), old.type(), old.html(), clock.now());
            slides.save(next, SlideVersion.of(next, "revert"));
            return next;
        });
    }
}
