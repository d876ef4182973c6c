package ai.iiagent.port.out.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What every picture editor must do, offline or at a provider. Subclasses stage the provider's
 * recorded answers (a real adapter on WireMock) or nothing (the offline editor); the contract checks
 * that an edit hands back a real picture from the edit model, that detection hands back components
 * whose boxes lie on the picture, and that a refusal is reported as such.
 */
public abstract class ImageEditingPaidToolPortContractTest {

    protected abstract ImageEditingPaidToolPort port();

    /** Prepares one successful edit (a provider stages its recorded answer). */
    protected abstract void stageEdit();

    /** Prepares one successful detection. */
    protected abstract void stageDetection();

    /** Prepares a content-policy refusal of an edit; false when the editor never refuses (offline). */
    protected abstract boolean stageRefusal();

    /** A 16:9 slide picture: a plain background with a dark title bar and a red square. */
    public static SourceImage slidePicture() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(230, 236, 245));
            g.fillRect(0, 0, 640, 360);
            g.setColor(new Color(20, 30, 60));
            g.fillRect(40, 30, 400, 50);
            g.setColor(new Color(200, 30, 30));
            g.fillRect(420, 180, 120, 120);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new SourceImage(out.toByteArray(), "image/png");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenInstructions_whenEdited_thenARealPictureComesBackFromTheEditModel() throws IOException {
        stageEdit();

        GeneratedImage edited = port().edit(new ImageEditRequest(slidePicture(), List.of(
                new ImageEditStep(ImageEditStep.Kind.REPLACE_TEXT, new ImageRegion(6, 8, 63, 14), "Quarterly results"),
                new ImageEditStep(ImageEditStep.Kind.MODIFY, null, "warmer colours"))), null);

        assertThat(edited.provider()).isEqualTo(port().provider());
        assertThat(edited.model()).isEqualTo(port().editModel().id());
        assertThat(edited.contentType()).startsWith("image/");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(edited.content()));
        assertThat(decoded).as("the bytes are a real picture").isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(edited.width());
        assertThat(decoded.getHeight()).isEqualTo(edited.height());
        assertThat(edited.width()).isGreaterThan(edited.height());
    }

    @Test
    void givenAPicture_whenDetected_thenComponentsWithBoxesOnThePicture() {
        stageDetection();

        List<ImageComponent> found = port().detect(slidePicture(), null);

        assertThat(found).isNotEmpty().allSatisfy(component -> {
            assertThat(component.box().x() + component.box().width()).isLessThanOrEqualTo(100.0001);
            assertThat(component.box().y() + component.box().height()).isLessThanOrEqualTo(100.0001);
            assertThat(component.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(found).extracting(ImageComponent::id).doesNotHaveDuplicates();
    }

    @Test
    void givenARefusedEdit_thenItThrowsAContentPolicyFailure_andItsModelsAreReadable() {
        assertThat(port().editModel().kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(port().detectionModel().provider()).isEqualTo(port().provider());
        assertThat(port().availability().available()).isTrue();
        if (!stageRefusal()) {
            return;
        }
        assertThatThrownBy(() -> port().edit(new ImageEditRequest(slidePicture(), List.of(
                new ImageEditStep(ImageEditStep.Kind.MODIFY, null, "something refused"))), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.CONTENT_POLICY));
    }
}
