package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.adapter.media.offline.FfmpegVideoEditor;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.tools.media.ConcatenateVideosTool;
import ai.iiagent.adapter.tools.media.ExtractFramesTool;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.content.SeedMediaCatalogueUseCase;
import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.content.SeedMediaCatalogueService;
import org.jboss.logging.Logger;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;
import java.util.Optional;
import java.util.function.Function;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.adapter.media.openai.OpenAiImageGenerator;
import ai.iiagent.adapter.media.openai.OpenAiSpeechGenerator;
import ai.iiagent.adapter.media.ResultDownloader;
import ai.iiagent.adapter.media.elevenlabs.ElevenLabsSpeechGenerator;
import ai.iiagent.adapter.media.fal.FalImageGenerator;
import ai.iiagent.adapter.media.fal.FalVideoGenerator;
import ai.iiagent.adapter.media.google.GoogleImageGenerator;
import ai.iiagent.adapter.media.google.GoogleVeoGenerator;
import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.HostResolver;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.port.out.media.VideoGenerationPaidToolPort;
import java.time.Duration;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import ai.iiagent.adapter.tools.media.GenerateImageTool;
import ai.iiagent.adapter.tools.media.GenerateSpeechTool;
import ai.iiagent.adapter.tools.storybooks.GenerateStorybookTool;
import ai.iiagent.adapter.tools.media.GenerateVideoTool;
import ai.iiagent.bootstrap.config.MediaConfig;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.in.content.GenerateReferenceImageUseCase;
import ai.iiagent.port.in.content.GetMediaTemplateUseCase;
import ai.iiagent.port.in.content.GetMediaToolUseCase;
import ai.iiagent.port.in.content.ListMediaModelsUseCase;
import ai.iiagent.port.in.content.ListMediaTemplatesUseCase;
import ai.iiagent.port.in.content.ListMediaToolsUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.storybooks.StorybookStarterPort;
import ai.iiagent.service.content.GenerateReferenceImageService;
import ai.iiagent.service.content.GetMediaTemplateService;
import ai.iiagent.service.content.GetMediaToolService;
import ai.iiagent.service.content.ListMediaModelsService;
import ai.iiagent.service.content.ListMediaTemplatesService;
import ai.iiagent.service.content.ListMediaToolsService;
import ai.iiagent.service.content.MediaGeneratorSet;
import ai.iiagent.service.metering.BillableExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Media generation (docs/media.md): the generators (the providers configured by MEDIA_*_API_KEY, then the
 * embedded offline ones, always on offer), the media price table,
 * and the agent tools generate_image, generate_video and generate_speech, handed to the runtime by
 * {@link AgentsWiring}. Every generation is billed through the tool path (BillableExecutor).
 */
@ApplicationScoped
public class MediaWiring {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

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
    MediaGeneratorSet mediaGenerators(MediaConfig config, ObjectMapper json) {
        List<ImageGenerationPaidToolPort> images = new ArrayList<>();
        config.openaiApiKey().filter(key -> !key.isBlank()).ifPresent(key -> images.add(
                new OpenAiImageGenerator(json, config.openaiBaseUrl(), key, config.imageTimeout())));
        ResultDownloader downloads = downloader(config);
        List<VideoGenerationPaidToolPort> videos = new ArrayList<>();
        config.googleApiKey().filter(key -> !key.isBlank()).ifPresent(key -> {
            images.add(new GoogleImageGenerator(json, config.googleBaseUrl(), key, config.imageTimeout()));
            videos.add(new GoogleVeoGenerator(json, config.googleBaseUrl(), key, downloads, config.videoTimeout(),
                    config.pollInterval()));
        });
        config.falApiKey().filter(key -> !key.isBlank()).ifPresent(key -> {
            images.add(new FalImageGenerator(json, config.falBaseUrl(), key, downloads, config.imageTimeout(),
                    config.pollInterval()));
            videos.add(new FalVideoGenerator(json, config.falBaseUrl(), key, downloads, config.videoTimeout(),
                    config.pollInterval()));
        });
        images.add(new OfflineImageGenerator()); // always there; the default when no provider is configured
        videos.add(new FfmpegVideoGenerator(config.offlineProcessTimeout()));
        List<SpeechPaidToolPort> speech = new ArrayList<>();
        config.openaiApiKey().filter(key -> !key.isBlank()).ifPresent(key -> speech.add(
                new OpenAiSpeechGenerator(json, config.openaiBaseUrl(), key, config.speechTimeout())));
        config.elevenlabsApiKey().filter(key -> !key.isBlank()).ifPresent(key -> speech.add(
                new ElevenLabsSpeechGenerator(json, config.elevenlabsBaseUrl(), key, config.speechTimeout())));
        speech.add(new EspeakSpeechGenerator(config.offlineProcessTimeout()));
        return new MediaGeneratorSet(images, videos, speech);
    }

    /** Provider result files (fal.ai's media, Veo's clips) come through the SSRF guard, bounded in size and time. */
    private static ResultDownloader downloader(MediaConfig config) {
        SsrfGuard guard = new SsrfGuard(HostResolver.SYSTEM, config.downloadAllowedInternal().orElse(List.of()));
        Duration longest = config.videoTimeout().compareTo(config.imageTimeout()) > 0 ? config.videoTimeout()
                : config.imageTimeout();
        return new ResultDownloader(new GuardedHttpClient(guard, new FetchLimits(Duration.ofSeconds(10), longest,
                config.downloadMaxBytes(), 5, "ii-agent-jvm media")));
    }

    @Produces
    @Singleton
    VideoEditingPaidToolPort videoEditor(MediaConfig config) {
        return new FfmpegVideoEditor(config.offlineProcessTimeout());
    }

    @Produces
    @Singleton
    MediaTools mediaTools(MediaGeneratorSet generators, MediaPriceTable prices, SandboxPort sandbox, MediaConfig config,
                          VideoEditingPaidToolPort editor, MediaCatalogueRepository catalogue,
                          StorybookStarterPort storybooks) {
        // reference-template mode: the stored templates (seeded at start-up) shape the tools' prompts
        Function<String, Optional<MediaPromptTemplate>> templates = id -> catalogue.template(id)
                .map(MediaWiring::promptTemplate);
        return new MediaTools(List.of(
                new GenerateImageTool(generators.images(), prices, sandbox, config.imageTimeout(), templates),
                new GenerateVideoTool(generators.videos(), prices, sandbox, config.videoMaxSeconds(), config.videoTimeout(),
                        editor, templates),
                new GenerateSpeechTool(generators.speech(), prices, sandbox, config.speechTimeout()),
                new ConcatenateVideosTool(editor, prices, sandbox, config.videoTimeout()),
                new ExtractFramesTool(editor, prices, sandbox, config.videoTimeout()),
                new GenerateStorybookTool(storybooks)));
    }

    /** A catalogue template as the generation tools take it (reference-template mode). */
    static MediaPromptTemplate promptTemplate(MediaTemplate template) {
        MediaKind kind = switch (template.type()) {
            case IMAGE -> MediaKind.IMAGE;
            case VIDEO -> MediaKind.VIDEO;
            case AUDIO -> MediaKind.SPEECH;
        };
        return new MediaPromptTemplate(template.id(), kind, template.prompt(), template.aspectRatio());
    }

    @Produces
    @Singleton
    ListMediaTemplatesUseCase listMediaTemplates(MediaCatalogueRepository catalogue) {
        return new ListMediaTemplatesService(catalogue);
    }

    @Produces
    @Singleton
    GetMediaTemplateUseCase getMediaTemplate(MediaCatalogueRepository catalogue) {
        return new GetMediaTemplateService(catalogue);
    }

    @Produces
    @Singleton
    ListMediaToolsUseCase listMediaTools(MediaCatalogueRepository catalogue) {
        return new ListMediaToolsService(catalogue);
    }

    @Produces
    @Singleton
    GetMediaToolUseCase getMediaTool(MediaCatalogueRepository catalogue) {
        return new GetMediaToolService(catalogue);
    }

    @Produces
    @Singleton
    SeedMediaCatalogueUseCase seedMediaCatalogue(MediaCatalogueRepository catalogue, UnitOfWork unitOfWork) {
        return new SeedMediaCatalogueService(catalogue, unitOfWork);
    }

    /** The media catalogues become rows at start-up (phase SEEDING, like the built-in skills). */
    @Produces
    @Singleton
    StartupContribution mediaCatalogueSeeding(SeedMediaCatalogueUseCase seed) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SEEDING;
            }

            @Override
            public String name() {
                return "media catalogue";
            }

            @Override
            public int order() {
                return 0;
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public void start() {
                SeedMediaCatalogueUseCase.SeededCatalogue seeded = seed.seed();
                LOG.infof("media catalogue: %d template(s), %d tool(s)", seeded.templates(), seeded.tools());
            }
        };
    }

    @Produces
    @Singleton
    ListMediaModelsUseCase listMediaModels(MediaGeneratorSet generators, MediaPriceTable prices) {
        return new ListMediaModelsService(generators, prices);
    }

    @Produces
    @Singleton
    GenerateReferenceImageUseCase generateReferenceImage(MediaGeneratorSet generators, MediaPriceTable prices,
                                                         BillableExecutor billable, GetSessionUseCase sessions,
                                                         ShareSessionFileUseCase files) {
        return new GenerateReferenceImageService(generators, prices, billable, sessions, files);
    }
}
