package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.adapter.tools.media.GenerateImageTool;
import ai.iiagent.adapter.tools.media.GenerateSpeechTool;
import ai.iiagent.adapter.tools.media.GenerateVideoTool;
import ai.iiagent.bootstrap.config.MediaConfig;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Media generation (docs/media.md): the generators (the embedded offline ones), the media price table,
 * and the agent tools generate_image, generate_video and generate_speech, handed to the runtime by
 * {@link AgentsWiring}. Every generation is billed through the tool path (BillableExecutor).
 */
@ApplicationScoped
public class MediaWiring {

    /** The configured generators, each list's default first. */
    public record MediaGenerators(List<ImageGenerationPaidToolPort> images, List<VideoGenerationPaidToolPort> videos,
                                  List<SpeechPaidToolPort> speech) {
    }

    /** The agent tools this wiring offers. */
    public record MediaTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    MediaPriceTable mediaPrices() {
        return MediaPriceTable.builtInOnly();
    }

    @Produces
    @Singleton
    MediaGenerators mediaGenerators(MediaConfig config) {
        return new MediaGenerators(List.of(new OfflineImageGenerator()),
                List.of(new FfmpegVideoGenerator(config.offlineProcessTimeout())),
                List.of(new EspeakSpeechGenerator(config.offlineProcessTimeout())));
    }

    @Produces
    @Singleton
    MediaTools mediaTools(MediaGenerators generators, MediaPriceTable prices, SandboxPort sandbox, MediaConfig config) {
        return new MediaTools(List.of(
                new GenerateImageTool(generators.images(), prices, sandbox, config.imageTimeout()),
                new GenerateVideoTool(generators.videos(), prices, sandbox, config.videoMaxSeconds(), config.videoTimeout()),
                new GenerateSpeechTool(generators.speech(), prices, sandbox, config.speechTimeout())));
    }
}
