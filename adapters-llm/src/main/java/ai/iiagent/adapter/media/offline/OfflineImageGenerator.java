package ai.iiagent.adapter.media.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The embedded image generator: a PNG painted from the prompt on this machine ({@link PromptPainter}),
 * the same prompt and shape always giving the same picture, 1024 pixels on its long side. No key, no
 * network; labelled {@code offline} everywhere it is listed.
 */
public final class OfflineImageGenerator implements ImageGenerationPaidToolPort {

    public static final String PROVIDER = "offline";
    public static final String MODEL = "offline-image";
    static final int LONG_SIDE = 1024;

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(MODEL, PROVIDER, "Offline placeholder image", MediaKind.IMAGE, true));
    }

    @Override
    public MediaAvailability availability() {
        return MediaAvailability.READY;
    }

    @Override
    public GeneratedImage generate(ImageGenerationRequest request, CreditReservation reservation) {
        if (request.model() != null && !MODEL.equals(request.model())) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown offline image model '"
                    + request.model() + "' (offered: " + MODEL + ")");
        }
        int width = request.aspectRatio().widthAt(LONG_SIDE);
        int height = request.aspectRatio().heightAt(LONG_SIDE);
        return new GeneratedImage(png(PromptPainter.paint(request.prompt(), width, height, 0)), "image/png", width,
                height, MODEL, PROVIDER);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the picture could not be encoded", e);
        }
        return out.toByteArray();
    }
}
