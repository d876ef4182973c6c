package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.adapter.media.offline.FfmpegVideoEditor;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.tools.media.ConcatenateVideosTool;
import ai.iiagent.adapter.tools.media.ExtractFramesTool;
import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.port.out.media.VideoEditingPaidToolPort;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;
import java.util.Optional;
import java.util.function.Function;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.adapter.media.openai.OpenAiImageGenerator;
import ai.iiagent.adapter.media.openai.OpenAiSpeechGenerator;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import ai.iiagent.adapter.tools.media.GenerateImageTool;
import ai.iiagent.adapter.tools.media.GenerateSpeechTool;
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
 * Media generation (docs/media.md): the generators (the embedded offline ones), the media price table,
 * and the agent tools generate_image, generate_video and generate_speech, handed to the runtime by
 * {@link AgentsWiring}. Every generation is billed through the tool path (BillableExecutor).
 */
@ApplicationScoped
public class MediaWiring {

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
        images.add(new OfflineImageGenerator()); // always there; the default when no provider is configured
        List<SpeechPaidToolPort> speech = new ArrayList<>();
        config.openaiApiKey().filter(key -> !key.isBlank()).ifPresent(key -> speech.add(
                new OpenAiSpeechGenerator(json, config.openaiBaseUrl(), key, config.speechTimeout())));
        speech.add(new EspeakSpeechGenerator(config.offlineProcessTimeout()));
        return new MediaGeneratorSet(images, List.of(new FfmpegVideoGenerator(config.offlineProcessTimeout())), speech);
    }

    @Produces
    @Singleton
    VideoEditingPaidToolPort videoEditor(MediaConfig config) {
        return new FfmpegVideoEditor(config.offlineProcessTimeout());
    }

    @Produces
    @Singleton
    MediaTools mediaTools(MediaGeneratorSet generators, MediaPriceTable prices, SandboxPort sandbox, MediaConfig config,
                          VideoEditingPaidToolPort editor) {
        Function<String, Optional<MediaPromptTemplate>> templates = id -> MediaCatalogue.template(id)
                .map(MediaWiring::promptTemplate);
        return new MediaTools(List.of(
                new GenerateImageTool(generators.images(), prices, sandbox, config.imageTimeout(), templates),
                new GenerateVideoTool(generators.videos(), prices, sandbox, config.videoMaxSeconds(), config.videoTimeout(),
                        editor, templates),
                new GenerateSpeechTool(generators.speech(), prices, sandbox, config.speechTimeout()),
                new ConcatenateVideosTool(editor, prices, sandbox, config.videoTimeout()),
                new ExtractFramesTool(editor, prices, sandbox, config.videoTimeout())));
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
    ListMediaTemplatesUseCase listMediaTemplates() {
        return new ListMediaTemplatesService();
    }

    @Produces
    @Singleton
    GetMediaTemplateUseCase getMediaTemplate() {
        return new GetMediaTemplateService();
    }

    @Produces
    @Singleton
    ListMediaToolsUseCase listMediaTools() {
        return new ListMediaToolsService();
    }

    @Produces
    @Singleton
    GetMediaToolUseCase getMediaTool() {
        return new GetMediaToolService();
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
