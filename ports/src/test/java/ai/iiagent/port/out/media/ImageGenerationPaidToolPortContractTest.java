package ai.iiagent.port.out.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What every image generator must do, offline or at a provider. Subclasses stage the provider's
 * recorded answers (a real adapter on WireMock) or nothing (the offline generator) and say what a
 * staged picture looks like; the contract checks how the port hands it on and how it refuses.
 */
public abstract class ImageGenerationPaidToolPortContractTest {

    protected abstract ImageGenerationPaidToolPort port();

    /** Prepares one successful generation for {@code ratio} (a provider stages its recorded answer). */
    protected abstract void stagePicture(AspectRatio ratio);

    /** Prepares a content-policy refusal; false when the generator never refuses (offline). */
    protected abstract boolean stageRefusal();

    /** Whether the picture's pixel size follows the requested shape exactly (providers round to their sizes). */
    protected boolean exactShape() {
        return true;
    }

    @Test
    void givenAPrompt_whenGenerated_thenARealPictureOfTheRequestedShapeComesBackFromTheDefaultModel() throws IOException {
        stagePicture(AspectRatio.LANDSCAPE);
        MediaModel model = port().models().get(0);

        GeneratedImage image = port().generate(new ImageGenerationRequest("a lighthouse at dusk", AspectRatio.LANDSCAPE,
                model.id()), null);

        assertThat(image.provider()).isEqualTo(port().provider());
        assertThat(image.model()).isEqualTo(model.id());
        assertThat(image.contentType()).startsWith("image/");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.content()));
        assertThat(decoded).as("the bytes are a real picture").isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(image.width());
        assertThat(decoded.getHeight()).isEqualTo(image.height());
        assertThat(image.width()).isGreaterThan(image.height());
        if (exactShape()) {
            assertThat((double) image.width() / image.height()).isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void givenAModelItDoesNotOffer_thenItRefusesAsAnInvalidRequest() {
        assertThatThrownBy(() -> port().generate(new ImageGenerationRequest("a cat", AspectRatio.SQUARE, "no-such-model"),
                null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.INVALID_REQUEST));
    }

    @Test
    void givenARefusedPrompt_thenItThrowsAContentPolicyFailure_andItsModelsAndAvailabilityAreStillReadable() {
        assertThat(port().models()).isNotEmpty().allSatisfy(model -> assertThat(model.kind()).isEqualTo(MediaKind.IMAGE));
        assertThat(port().availability().available()).isTrue();
        if (!stageRefusal()) {
            return;
        }
        assertThatThrownBy(() -> port().generate(new ImageGenerationRequest("something refused", AspectRatio.SQUARE,
                port().models().get(0).id()), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.CONTENT_POLICY));
    }
}
