package ai.iiagent.port.out.media;

import java.util.Objects;

/**
 * Spoken audio a generator made: its bytes and media type, the characters spoken (what is billed),
 * and the model and provider.
 */
public record GeneratedSpeech(byte[] content, String contentType, int characters, String model, String provider) {

    public GeneratedSpeech {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provider, "provider");
    }
}
