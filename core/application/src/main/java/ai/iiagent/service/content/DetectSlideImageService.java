package ai.iiagent.service.content;

import ai.iiagent.domain.content.DetectedImagePart;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideWire;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.in.content.DetectSlideImageUseCase;
import ai.iiagent.port.in.content.SlideImageComponents;
import ai.iiagent.port.in.content.SlideImageDetectCommand;
import ai.iiagent.port.out.content.SlideRepository;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SourceImage;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.service.metering.BillableExecutor;
import java.util.List;

/**
 * Checks the session (the caller's) and the slide (an image slide), then asks the chosen editor what
 * is on the picture, billed per detection at the detection model's price.
 */
public final class DetectSlideImageService implements DetectSlideImageUseCase {

    private final SlideAccess access;
    private final SlidePictureEditors editors;
    private final MediaPriceTable prices;

    public DetectSlideImageService(SessionRepository sessions, SlideRepository slides, ImageEditorSet editors,
                                   MediaPriceTable prices, BillableExecutor billable) {
        this.access = new SlideAccess(sessions, slides);
        this.editors = new SlidePictureEditors(editors, billable);
        this.prices = prices;
    }

    @Override
    public SlideImageComponents detect(SlideImageDetectCommand command) {
        access.owned(command.owner(), command.sessionId());
        Slide slide = access.slide(command.sessionId(), command.presentationName(), command.slideNumber());
        SourceImage picture = SlidePictures.of(slide);
        ImageEditingPaidToolPort editor = editors.choose(command.provider());
        MediaModel model = editor.detectionModel();
        Credits price = prices.priceFor(model.provider(), model.id(), MediaPrice.Unit.OPERATION).costOf(1);
        List<DetectedImagePart> found = editors.run(command.owner(), command.sessionId().value(), SlideWire.IMAGE_DETECT_TOOL,
                price, reservation -> editor.detect(picture, reservation)).stream().map(SlidePictureTerms::part).toList();
        PictureSize size = PictureSize.of(picture.content());
        return new SlideImageComponents(found, size.width(), size.height(), model.id(), model.provider(), model.offline(),
                price);
    }
}
