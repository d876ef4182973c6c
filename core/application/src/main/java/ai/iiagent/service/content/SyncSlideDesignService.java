package ai.iiagent.service.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.SyncSlideDesignCommand;
import ai.iiagent.port.in.content.SyncSlideDesignUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.HtmlActiveContentPort;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Design-mode edits: each must name an existing slide of the deck and may not add active content
 * (compared with the slide's stored HTML by {@link HtmlActiveContentPort}); then all are stored as
 * new versions in one transaction (source {@code design}).
 */
public final class SyncSlideDesignService implements SyncSlideDesignUseCase {

    /** At most this many slides per sync. */
    static final int MAX_EDITS = Slide.MAX_SLIDE_NUMBER;

    private final SlideAccess access;
    private final SlideRepository slides;
    private final HtmlActiveContentPort activeContent;
    private final UnitOfWork tx;
    private final ClockPort clock;

    public SyncSlideDesignService(SessionRepository sessions, SlideRepository slides, HtmlActiveContentPort activeContent,
                                  UnitOfWork tx, ClockPort clock) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
        this.activeContent = activeContent;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<Slide> sync(SyncSlideDesignCommand command) {
        access.owned(command.owner(), command.sessionId());
        if (command.edits().isEmpty() || command.edits().size() > MAX_EDITS) {
            throw new ValidationException(SlideErrors.INVALID_SLIDE, "send 1.." + MAX_EDITS + " slides");
        }
        return tx.inTransaction(() -> {
            List<Slide> stored = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (SyncSlideDesignCommand.Edit edit : command.edits()) {
                Slide current = access.slide(command.sessionId(), command.presentationName(), edit.slideNumber());
                if (!seen.add(current.slideNumber())) {
                    throw new ValidationException(SlideErrors.INVALID_SLIDE, "slide " + current.slideNumber()
                            + " is sent twice");
                }
                Slide.checkHtml(edit.html());
                Set<String> added = new HashSet<>(activeContent.activeContent(edit.html()));
                added.removeAll(activeContent.activeContent(current.html()));
                if (!added.isEmpty()) {
                    throw new ValidationException(SlideErrors.SLIDE_SCRIPT_REFUSED, "slide " + current.slideNumber()
                            + ": design edits may not add script, event handlers, javascript: URLs or frames ("
                            + added.size() + " found)");
                }
                Slide next = current.changed(current.title(), current.description(), current.type(), edit.html(), clock.now());
                slides.save(next, SlideVersion.of(next, "design"));
                stored.add(next);
            }
            return stored;
        });
    }
}
