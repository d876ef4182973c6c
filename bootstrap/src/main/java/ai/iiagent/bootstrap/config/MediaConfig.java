package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
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

    /**
     * Google's Gemini API key; set: Google's image models (gemini-2.5-flash-image, imagen-4.0-generate-001)
     * and Veo video (veo-3.0-fast-generate-001, veo-3.0-generate-001) are offered.
     */
    Optional<String> googleApiKey();

    @WithDefault("https://generativelanguage.googleapis.com")
    String googleBaseUrl();

    /** fal.ai's key ({@code key_id:key_secret}); set: FLUX images and Kling video through fal's queue. */
    Optional<String> falApiKey();

    /** fal.ai's queue base; status and result URLs it answers must lie under it. */
    @WithDefault("https://queue.fal.run")
    String falBaseUrl();

    /** ElevenLabs' key; set: ElevenLabs speech (eleven_multilingual_v2, eleven_flash_v2_5). */
    Optional<String> elevenlabsApiKey();

    @WithDefault("https://api.elevenlabs.io")
    String elevenlabsBaseUrl();

    /** How often a long-running generation (Veo's operation, fal.ai's queue) is asked whether it is done. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** The largest result file (a picture or a clip) downloaded from a provider's URL. */
    @WithDefault("209715200")
    long downloadMaxBytes();

    /**
     * {@code address:port} pairs that result downloads may reach although internal (the SSRF guard's
     * exception list; empty in production, a local stand-in in tests).
     */
    Optional<List<String>> downloadAllowedInternal();
}
