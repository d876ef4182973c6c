package ai.iiagent.adapter.media.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.port.out.media.ImageComponent;
import ai.iiagent.port.out.media.ImageEditStep;
import ai.iiagent.port.out.media.ImageRegion;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageEditRequest;
import ai.iiagent.port.out.media.ImageEditingPaidToolPortContractTest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.SourceImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What the offline editor really does to pixels: a text replacement changes only its region, a
 * background removal makes the border transparent and keeps the subjects, detection finds the title
 * bar and the square where they are, and the same input always gives the same bytes.
 */
class OfflineImageEditorTest {

    private final OfflineImageEditor editor = new OfflineImageEditor();
    private final SourceImage slide = ImageEditingPaidToolPortContractTest.slidePicture();

    @Test
    void givenATextReplacement_thenOnlyItsRegionChanges_deterministically() throws IOException {
        ImageEditRequest request = new ImageEditRequest(slide, List.of(new ImageEditStep(ImageEditStep.Kind.REPLACE_TEXT,
                new ImageRegion(6, 8, 63, 14), "New title")));
        GeneratedImage edited = editor.edit(request, null);
        BufferedImage before = read(slide.content());
        BufferedImage after = read(edited.content());

        assertThat(edited.model()).isEqualTo("offline-image-edit");
        assertThat(after.getWidth()).isEqualTo(640);
        assertThat(changed(before, after, 40, 30, 440, 80)).isGreaterThan(100);
        assertThat(after.getRGB(480, 240)).isEqualTo(before.getRGB(480, 240)); // the red square is untouched
        assertThat(after.getRGB(100, 340)).isEqualTo(before.getRGB(100, 340));
        assertThat(editor.edit(request, null).content()).isEqualTo(edited.content());
    }

    @Test
    void givenABackgroundRemoval_thenTheBackgroundIsTransparent_andTheSubjectsStay() throws IOException {
        GeneratedImage edited = editor.edit(new ImageEditRequest(slide, List.of(new ImageEditStep(
                ImageEditStep.Kind.REMOVE_BACKGROUND, null, ""))), null);
        BufferedImage after = read(edited.content());

        assertThat(after.getColorModel().hasAlpha()).isTrue();
        assertThat(after.getRGB(5, 5) >>> 24).isZero();
        assertThat(after.getRGB(600, 340) >>> 24).isZero();
        assertThat(after.getRGB(480, 240) >>> 24).isEqualTo(255);
        assertThat(after.getRGB(480, 240) & 0xffffff).isEqualTo(0xc81e1e);
        assertThat(after.getRGB(200, 55) >>> 24).isEqualTo(255);
    }

    @Test
    void givenASlidePicture_thenDetectionFindsTheTitleBarAndTheSquareWhereTheyAre() {
        List<ImageComponent> found = editor.detect(slide, null);

        assertThat(found).anySatisfy(component -> {
            assertThat(component.type()).isEqualTo("text");
            assertThat(component.box().y()).isLessThan(25);
            assertThat(component.box().width()).isGreaterThan(50);
        });
        assertThat(found).anySatisfy(component -> {
            assertThat(component.box().x()).isBetween(60.0, 70.0);
            assertThat(component.box().y()).isBetween(45.0, 55.0);
        });
        assertThat(editor.detect(slide, null)).isEqualTo(found);
    }

    @Test
    void givenBytesThatAreNoPicture_thenAnInvalidRequest() {
        assertThatThrownBy(() -> editor.detect(new SourceImage("not a png".getBytes(), "image/png"), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.INVALID_REQUEST));
    }

    private static int changed(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int changed = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
