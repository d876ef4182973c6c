package ai.iiagent.adapter.media.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditRequest;
import ai.iiagent.port.out.media.ImageEditStep;
import ai.iiagent.port.out.media.ImageEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SourceImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The embedded picture editor: no model, no network, deterministic. A text replacement covers the
 * region with its surrounding colour and writes the new text there; a modification tints the region
 * and writes what was asked on it (a visible placeholder, labelled {@code OFFLINE EDIT}); a background
 * removal makes transparent every pixel reachable from the picture's border through smooth colour
 * changes ({@link OfflinePictureOps#removeBackground}). Detection finds regions of sharp detail on a
 * grid and reports their boxes ({@link OfflineComponentFinder}).
 */
public final class OfflineImageEditor implements ImageEditingPaidToolPort {

    public static final String PROVIDER = OfflineImageGenerator.PROVIDER;
    public static final String EDIT_MODEL = "offline-image-edit";
    public static final String DETECTION_MODEL = "offline-image-detect";

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public MediaModel editModel() {
        return new MediaModel(EDIT_MODEL, PROVIDER, "Offline placeholder image editor", MediaKind.IMAGE, true);
    }

    @Override
    public MediaModel detectionModel() {
        return new MediaModel(DETECTION_MODEL, PROVIDER, "Offline detail-region finder", MediaKind.IMAGE, true);
    }

    @Override
    public MediaAvailability availability() {
        return MediaAvailability.READY;
    }

    @Override
    public GeneratedImage edit(ImageEditRequest request, CreditReservation reservation) {
        BufferedImage picture = read(request.image());
        BufferedImage edited = OfflinePictureOps.argbCopy(picture);
        boolean transparent = false;
        for (ImageEditStep step : request.steps()) {
            switch (step.kind()) {
                case REPLACE_TEXT -> OfflinePictureOps.replaceText(edited, step.region(), step.text());
                case MODIFY -> OfflinePictureOps.modify(edited, step.region(), step.text());
                case REMOVE_BACKGROUND -> {
                    OfflinePictureOps.removeBackground(edited);
                    transparent = true;
                }
            }
        }
        if (!transparent) {
            OfflinePictureOps.label(edited);
        }
        return new GeneratedImage(png(edited), "image/png", edited.getWidth(), edited.getHeight(), EDIT_MODEL, PROVIDER);
    }

    @Override
    public List<ImageComponent> detect(SourceImage image, CreditReservation reservation) {
        return OfflineComponentFinder.find(read(image));
    }

    static BufferedImage read(SourceImage image) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image.content()));
            if (picture == null) {
                throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "the slide's picture is not a readable image");
            }
            return picture;
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "the slide's picture cannot be read", e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the edited picture could not be encoded", e);
        }
    }
}
