package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.SlideWriteCommand;
import ai.iiagent.port.in.content.WriteSlideUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;

/** Checks the caller owns the session, then stores the slide as its next version (version 1 for a new one). */
public final class WriteSlideService implements WriteSlideUseCase {

    private final SlideAccess access;
    private final SlideRepository slides;
    private final UnitOfWork tx;
    private final ClockPort clock;

    public WriteSlideService(SessionRepository sessions, SlideRepository slides, UnitOfWork tx, ClockPort clock) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Slide write(SlideWriteCommand command) {
        access.owned(command.owner(), command.sessionId());
        if (command.slideNumber() == null) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE_NUMBER, "slide_number is required");
        }
        String name = Slide.checkName(command.presentationName());
        int number = Slide.checkNumber(command.slideNumber());
        Slide.checkHtml(command.html());
        return tx.inTransaction(() -> {
            Slide next = slides.find(command.sessionId(), name, number)
                    .map(current -> current.changed(command.title() == null ? current.title() : command.title(),
                            command.description() == null ? current.description() : command.description(),
                            command.type() == null ? current.type() : command.type(), command.html(), clock.now()))
                    .orElseGet(() -> new Slide(command.sessionId(), name, number, command.title(), command.description(),
                            command.type(), command.html(), 1, clock.now()));
            slides.save(next, SlideVersion.of(next, command.source()));
            return next;
        });
    }
}
