package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Media generation ({@code media.*}; environment {@code MEDIA_VIDEO_MAX_SECONDS}, {@code MEDIA_*_TIMEOUT},
 * ...). The offline generators need no setting; docs/media.md.
 */
@ConfigMapping(prefix = "media")
public interface MediaConfig {

    /** The longest clip generate_video makes (seconds); its hold is priced for this length. */
    @WithDefault("10")
    int videoMaxSeconds();

    @WithDefault("PT120S")
    Duration imageTimeout();

    @WithDefault("PT300S")
    Duration videoTimeout();

    @WithDefault("PT60S")
    Duration speechTimeout();

    /** How long the offline generators let ffmpeg or espeak-ng run for one file. */
    @WithDefault("PT120S")
    Duration offlineProcessTimeout();

    /**
     * OpenAI's key; set: OpenAI becomes the default image (gpt-image-1, dall-e-3) and speech (gpt-4o-mini-tts,
     * tts-1, tts-1-hd) generator.
     */
    Optional<String> openaiApiKey();

    @WithDefault("https://api.openai.com")
    String openaiBaseUrl();
}
