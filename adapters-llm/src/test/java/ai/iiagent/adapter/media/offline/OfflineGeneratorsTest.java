package ai.iiagent.adapter.media.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.GeneratedVideo;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The offline generators' own promises: pictures are deterministic per prompt and honour every
 * aspect ratio; videos have the asked shape and length, also from a first frame; speech is a real
 * WAV; a missing binary makes the generator unavailable with the reason, and it then refuses.
 */
class OfflineGeneratorsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final OfflineImageGenerator images = new OfflineImageGenerator();

    @Test
    void givenTheSamePromptTwice_thenTheSamePng_andAnotherPromptGivesAnotherPicture() {
        GeneratedImage first = images.generate(new ImageGenerationRequest("a red fox", AspectRatio.SQUARE, null), null);
        GeneratedImage again = images.generate(new ImageGenerationRequest("a red fox", AspectRatio.SQUARE, null), null);
        GeneratedImage other = images.generate(new ImageGenerationRequest("a blue whale", AspectRatio.SQUARE, null), null);

        assertThat(Arrays.copyOf(first.content(), 8)).isEqualTo(PNG);
        assertThat(first.content()).isEqualTo(again.content());
        assertThat(other.content()).isNotEqualTo(first.content());
        assertThat(first.model()).isEqualTo("offline-image");
    }

    @Test
    void givenEachAspectRatio_thenThePictureHasThatShape_1024PixelsOnItsLongSide() {
        for (AspectRatio ratio : AspectRatio.values()) {
            GeneratedImage image = images.generate(new ImageGenerationRequest("shape " + ratio, ratio, null), null);
            assertThat(Math.max(image.width(), image.height())).isEqualTo(1024);
            String[] parts = ratio.code().split(":");
            double expected = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            assertThat((double) image.width() / image.height()).as(ratio.code()).isBetween(expected * 0.99, expected * 1.01);
        }
    }

    @Test
    void givenAFirstFrame_thenThePortraitClipHasTheAskedShapeAndLength() {
        byte[] start = images.generate(new ImageGenerationRequest("start", AspectRatio.SQUARE, null), null).content();
        GeneratedVideo video = new FfmpegVideoGenerator(Duration.ofSeconds(60)).generate(new VideoGenerationRequest(
                "zoom in", AspectRatio.PORTRAIT, 1, start, null), null);

        assertThat(Ffprobe.probe(video.content(), "stream=width,height")).isEqualTo("360,640");
        assertThat(Ffprobe.seconds(video.content())).isBetween(0.9, 1.1);
    }

    @Test
    void givenWavRequested_thenARiffWaveFileComesBack() {
        GeneratedSpeech speech = new EspeakSpeechGenerator(Duration.ofSeconds(30)).generate(new SpeechRequest(
                "-v xx --help; rm -rf /", "en-us", SpeechRequest.AudioFormat.WAV, null), null);

        assertThat(new String(Arrays.copyOf(speech.content(), 4))).isEqualTo("RIFF");
        assertThat(Ffprobe.seconds(speech.content())).isGreaterThan(0.5);
    }

    @Test
    void givenTheBinaryIsMissing_thenTheGeneratorSaysWhy_andRefusesAsUnavailable() {
        FfmpegVideoGenerator video = new FfmpegVideoGenerator(Duration.ofSeconds(5), "ffmpeg-not-installed-here");
        EspeakSpeechGenerator speech = new EspeakSpeechGenerator(Duration.ofSeconds(5), "espeak-not-installed-here");

        assertThat(video.availability().available()).isFalse();
        assertThat(video.availability().reason()).contains("ffmpeg-not-installed-here is not installed");
        assertThat(speech.availability().reason()).contains("espeak-not-installed-here is not installed");
        assertThatThrownBy(() -> video.generate(new VideoGenerationRequest("x", AspectRatio.SQUARE, 1, null, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.UNAVAILABLE));
        assertThat(new FfmpegVideoGenerator(Duration.ofSeconds(5)).availability().available()).isTrue();
    }

    @Test
    void givenAnOptionLikeVoice_thenItIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> new EspeakSpeechGenerator(Duration.ofSeconds(5)).generate(new SpeechRequest("hi",
                "--help", SpeechRequest.AudioFormat.WAV, null), null))
                .isInstanceOfSatisfying(MediaGenerationFailedException.class,
                        e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.INVALID_REQUEST));
    }
}
