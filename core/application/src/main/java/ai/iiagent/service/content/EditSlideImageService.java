package ai.iiagent.service.content;

import ai.iiagent.domain.content.ImageEditInstruction;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.content.SlideWire;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.EditSlideImageUseCase;
import ai.iiagent.port.in.content.SlideImageEdit;
import ai.iiagent.port.in.content.SlideImageEditCommand;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageEditRequest;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SourceImage;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.metering.BillableExecutor;

/**
 * Checks the session (the caller's), the slide (an image slide) and the steps, has the chosen editor
 * make the new picture (billed per picture at the edit model's price; a failure releases the hold),
 * then stores the slide with the new picture as its next version (source {@code image_edit}). The
 * slide is read again in the storing transaction: if it changed meanwhile, the edit is refused as a
 * {@code slide_conflict} rather than overwriting the newer version.
 */
public final class EditSlideImageService implements EditSlideImageUseCase {

    /** At most this many steps per edit. */
    static final int MAX_STEPS = 20;
    /** At most this many characters of text per step. */
    static final int MAX_TEXT_CHARS = 2000;

    private final SlideAccess access;
    private final SlideRepository slides;
    private final SlidePictureEditors editors;
    private final MediaPriceTable prices;
    private final UnitOfWork tx;
    private final ClockPort clock;

    public EditSlideImageService(SessionRepository sessions, SlideRepository slides, ImageEditorSet editors,
                                 MediaPriceTable prices, BillableExecutor billable, UnitOfWork tx, ClockPort clock) {
        this.access = new SlideAccess(sessions, slides);
        this.slides = slides;
        this.editors = new SlidePictureEditors(editors, billable);
        this.prices = prices;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SlideImageEdit edit(SlideImageEditCommand command) {
        access.owned(command.owner(), command.sessionId());
        Slide slide = access.slide(command.sessionId(), command.presentationName(), command.slideNumber());
        SourceImage picture = SlidePictures.of(slide);
        check(command);
        ImageEditingPaidToolPort editor = editors.choose(command.provider());
        MediaModel model = editor.editModel();
        Credits price = prices.priceFor(model.provider(), model.id(), MediaPrice.Unit.IMAGE).costOf(1);
        GeneratedImage edited = editors.run(command.owner(), command.sessionId().value(), SlideWire.IMAGE_EDIT_TOOL, price,
                reservation -> editor.edit(new ImageEditRequest(picture, command.steps().stream()
                        .map(SlidePictureTerms::step).toList()), reservation));
        Slide stored = tx.inTransaction(() -> {
            Slide current = access.slide(command.sessionId(), slide.presentationName(), slide.slideNumber());
            if (current.version() != slide.version()) {
                throw new ConflictException(SlideErrors.SLIDE_CONFLICT, "slide "
                        + slide.slideNumber() + " changed while its picture was edited; try again");
            }
            Slide next = current.changed(current.title(), current.description(), current.type(),
                    SlidePictures.withPicture(current, edited), clock.now());
            slides.save(next, SlideVersion.of(next, SlideWire.IMAGE_EDIT_SOURCE));
            return next;
        });
        return new SlideImageEdit(stored, SlidePictures.dataUrl(edited), edited.model(), edited.provider(),
                model.offline(), price);
    }

    private static void check(SlideImageEditCommand command) {
        if (command.steps().isEmpty() || command.steps().size() > MAX_STEPS) {
            throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "send 1.." + MAX_STEPS + " instructions");
        }
        for (ImageEditInstruction step : command.steps()) {
            if (step.text().length() > MAX_TEXT_CHARS) {
                throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "an instruction's text may have at most "
                        + MAX_TEXT_CHARS + " characters");
            }
            if (step.kind() != ImageEditInstruction.Kind.REMOVE_BACKGROUND && step.text().isBlank()) {
                throw new ValidationException(SlideErrors.INVALID_IMAGE_EDIT, "a text edit needs new_text and a"
                        + " modification needs ai_prompt");
            }
        }
    }
}
