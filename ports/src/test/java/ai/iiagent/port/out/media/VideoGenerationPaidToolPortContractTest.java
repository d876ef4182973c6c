package ai.iiagent.port.out.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What every video generator must do, offline or at a provider (whose long-running operation a
 * subclass stages: submit, poll, fetch). The clip must be a real MP4 of the reported length, which
 * subclasses measure with {@link #measuredSeconds}.
 */
public abstract class VideoGenerationPaidToolPortContractTest {

    protected abstract VideoGenerationPaidToolPort port();

    /** Prepares one successful generation of {@code seconds} seconds. */
    protected abstract void stageClip(int seconds);

    /** Prepares a content-policy refusal; false when the generator never refuses (offline). */
    protected abstract boolean stageRefusal();

    /** The clip's real length in seconds (ffprobe). */
    protected abstract double measuredSeconds(byte[] mp4);

    @Test
    void givenAPrompt_whenGenerated_thenAnMp4OfTheRequestedLengthComesBack() {
        stageClip(2);
        MediaModel model = port().models().get(0);

        GeneratedVideo video = port().generate(new VideoGenerationRequest("waves on a beach", AspectRatio.LANDSCAPE, 2,
                null, model.id()), null);

        assertThat(video.provider()).isEqualTo(port().provider());
        assertThat(video.model()).isEqualTo(model.id());
        assertThat(video.contentType()).isEqualTo("video/mp4");
        assertThat(Arrays.copyOfRange(video.content(), 4, 8)).as("an ISO media file's ftyp box")
                .isEqualTo("ftyp".getBytes());
        assertThat(video.durationSeconds()).isEqualTo(2);
        assertThat(measuredSeconds(video.content())).isBetween(1.5, 2.5);
    }

    @Test
    void givenAModelItDoesNotOffer_thenItRefusesAsAnInvalidRequest() {
        assertThatThrownBy(() -> port().generate(new VideoGenerationRequest("a cat", AspectRatio.SQUARE, 2, null,
                "no-such-model"), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.INVALID_REQUEST));
    }

    @Test
    void givenARefusedPrompt_thenItThrowsAContentPolicyFailure_andItsModelsAreVideoModels() {
        assertThat(port().models()).isNotEmpty().allSatisfy(model -> assertThat(model.kind()).isEqualTo(MediaKind.VIDEO));
        if (!stageRefusal()) {
            return;
        }
        assertThatThrownBy(() -> port().generate(new VideoGenerationRequest("something refused", AspectRatio.SQUARE, 2,
                null, port().models().get(0).id()), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.CONTENT_POLICY));
    }
}
