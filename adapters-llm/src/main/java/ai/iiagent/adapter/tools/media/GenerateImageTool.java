package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;

/**
 * {@code generate_image {prompt, output_path, aspect_ratio?, model_name?, provider?}}: one picture from
 * the configured generator (the offline one by default), saved into the workspace at
 * {@code output_path} and handed to the user (session files, media library). Paid per image at the
 * model's price ({@link MediaPriceTable}); the runtime holds the dearest configured model's price
 * first, a refused or failed generation costs nothing.
 */
public final class GenerateImageTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("generate_image",
            "Generate an image from a text prompt and save it in the workspace (PNG). The user sees it.",
            Map.of("type", "object", "required", List.of("prompt", "output_path"), "properties", Map.of(
                    "prompt", Map.of("type", "string", "description", "what the image shows, in detail"),
                    "output_path", Map.of("type", "string", "description", "where to save it, e.g. images/cat.png"),
                    "aspect_ratio", Map.of("type", "string", "description", "1:1 (default), 16:9, 9:16, 4:3, 3:4, 3:2 or 2:3"),
                    "model_name", Map.of("type", "string", "description", "a configured image model (optional)"),
                    "provider", Map.of("type", "string", "description", "a configured provider (optional)"),
                    "template_id", Map.of("type", "string", "description",
                            "a media template (GET /v1/media-templates) whose prompt frames this one (optional)"),
                    "style", Map.of("type", "string", "description", "manga: a black-and-white manga panel (optional)"))));

    private final List<ImageGenerationPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final Duration timeout;

    private final Function<String, Optional<MediaPromptTemplate>> templates;

    /** A tool with no media templates to shape prompts with. */
    public GenerateImageTool(List<ImageGenerationPaidToolPort> generators, MediaPriceTable prices,
                             SandboxWorkspacePort sandbox, Duration timeout) {
        this(generators, prices, sandbox, timeout, id -> Optional.empty());
    }

    /**
     * @param generators the configured image generators, the default first
     * @param templates  the media templates by id ({@code template_id})
     */
    public GenerateImageTool(List<ImageGenerationPaidToolPort> generators, MediaPriceTable prices,
                             SandboxWorkspacePort sandbox, Duration timeout,
                             Function<String, Optional<MediaPromptTemplate>> templates) {
        this.templates = templates;
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("at least one image generator");
        }
        this.generators = List.copyOf(generators);
        this.prices = prices;
        this.sandbox = sandbox;
        this.timeout = timeout;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return generators.stream().flatMap(generator -> generator.models().stream())
                .map(model -> price(model.provider(), model.id()).costOf(1)).reduce(Credits.ZERO, Credits::max);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String prompt;
        String path;
        MediaArguments.Choice<ImageGenerationPaidToolPort> choice;
        AspectRatio ratio;
        try {
            MediaArguments.Shaped shaped = MediaArguments.shape(arguments, MediaArguments.prompt(arguments),
                    MediaKind.IMAGE, templates);
            prompt = shaped.prompt();
            path = MediaArguments.outputPath(arguments, "png");
            ratio = MediaArguments.aspectRatio(arguments, shaped.aspectRatio().orElse(AspectRatio.SQUARE));
            choice = MediaArguments.choose(generators, ImageGenerationPaidToolPort::provider,
                    ImageGenerationPaidToolPort::models, MediaArguments.text(arguments, "provider"),
                    MediaArguments.text(arguments, "model_name"));
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("generate_image: " + e.getMessage());
        }
        MediaAvailability availability = choice.generator().availability();
        if (!availability.available()) {
            return ToolOutcome.failed("generate_image is unavailable: " + availability.reason());
        }
        GeneratedImage image;
        try {
            image = choice.generator().generate(new ImageGenerationRequest(prompt, ratio, choice.model().id()),
                    invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("generate_image failed: " + e.getMessage(), Map.of("kind", "image", "prompt", prompt,
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        sandbox.writeFile(invocation.sessionId(), path, image.content(), invocation.reservation());
        Credits cost = price(image.provider(), image.model()).costOf(1);
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "image");
        display.put("prompt", prompt);
        MediaArguments.text(arguments, "template_id").ifPresent(id -> display.put("template_id", id));
        MediaArguments.text(arguments, "style").ifPresent(style -> display.put("style", style.toLowerCase(Locale.ROOT)));
        display.put("path", path);
        display.put("content_type", image.contentType());
        display.put("width", image.width());
        display.put("height", image.height());
        display.put("aspect_ratio", ratio.code());
        display.put("model", image.model());
        display.put("provider", image.provider());
        display.put("offline", choice.model().offline());
        display.put("cost", cost.value().toPlainString());
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new ToolOutcome("Generated a " + image.width() + "x" + image.height() + " image with " + image.model()
                + (choice.model().offline() ? " (an offline placeholder, not a real model's picture)" : "")
                + " and saved it at /workspace/" + path + ".", display, false, cost,
                List.of(new ToolFile(path, name, image.contentType(), image.content(),
                        new ToolFile.Generation(SPEC.name(), prompt, image.model(), image.provider()))));
    }

    private MediaPrice price(String provider, String model) {
        return prices.priceFor(provider, model, MediaPrice.Unit.IMAGE);
    }
}
