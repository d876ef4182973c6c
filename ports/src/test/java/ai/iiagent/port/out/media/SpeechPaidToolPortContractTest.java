package ai.iiagent.port.out.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What every speech generator must do, offline or at a provider: real audio in the asked format,
 * the characters spoken reported (what is billed), an unknown model refused.
 */
public abstract class SpeechPaidToolPortContractTest {

    protected abstract SpeechPaidToolPort port();

    /** Prepares one successful generation in {@code format}. */
    protected abstract void stageAudio(SpeechRequest.AudioFormat format);

    @Test
    void givenText_whenSpokenAsMp3_thenRealMp3AudioComesBack_billedByCharacter() {
        stageAudio(SpeechRequest.AudioFormat.MP3);
        String text = "Welcome to the tour.";

        GeneratedSpeech speech = port().generate(new SpeechRequest(text, null, SpeechRequest.AudioFormat.MP3,
                port().models().get(0).id()), null);

        assertThat(speech.contentType()).isEqualTo("audio/mpeg");
        assertThat(speech.characters()).isEqualTo(text.length());
        assertThat(speech.provider()).isEqualTo(port().provider());
        byte[] head = Arrays.copyOf(speech.content(), 3);
        boolean id3 = Arrays.equals(head, "ID3".getBytes());
        boolean frameSync = (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0;
        assertThat(id3 || frameSync).as("an MP3 starts with an ID3 tag or a frame sync").isTrue();
        assertThat(speech.content().length).isGreaterThan(1000);
    }

    @Test
    void givenAModelItDoesNotOffer_thenItRefusesAsAnInvalidRequest() {
        assertThat(port().models()).isNotEmpty().allSatisfy(model -> assertThat(model.kind()).isEqualTo(MediaKind.SPEECH));
        assertThatThrownBy(() -> port().generate(new SpeechRequest("hi", null, SpeechRequest.AudioFormat.MP3,
                "no-such-model"), null)).isInstanceOfSatisfying(MediaGenerationFailedException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaGenerationFailedException.Kind.INVALID_REQUEST));
    }
}
