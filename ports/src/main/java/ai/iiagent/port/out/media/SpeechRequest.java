package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * Text to speak: the words, a voice name (null for the generator's default), the audio format
 * ({@link AudioFormat}) and the model (null for the default).
 */
public record SpeechRequest(String text, String voice, AudioFormat format, String model) {

    /** The audio file to make. */
    public enum AudioFormat {
        WAV("audio/wav", "wav"), MP3("audio/mpeg", "mp3");

        private final String contentType;
        private final String extension;

        AudioFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    public SpeechRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
