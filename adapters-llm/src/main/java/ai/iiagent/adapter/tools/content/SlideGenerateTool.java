package ai.iiagent.adapter.tools.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationPaidToolPort;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code SlideGenerate {presentation_name, slide_number, prompt, title, description, model_name?, provider?}}:
 * an image slide. A 16:9 picture from the configured image generator (the offline one by default),
 * saved at {@code presentations/<name>/images/slide_<n>.png}, and a slide (type {@code image}) whose
 * HTML shows it full-bleed (embedded as a data URL, so the slide renders and exports with no network).
 * Paid per image like {@code generate_image}: the dearest configured model's price is held, the
 * model's price is charged, a failed generation costs nothing. {@code reference_image_url} is not
 * supported yet (the model is told).
 */
public final class SlideGenerateTool implements AgentTool {

    static final String NAME = "SlideGenerate";
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Make a slide that is one generated 16:9 image (the whole slide is the picture, text included if the"
                    + " prompt asks for it). Saved as presentations/<presentation_name>/slide_<slide_number>.html.",
            Map.of("type", "object", "required", List.of("presentation_name", "slide_number", "prompt", "title",
                    "description"), "properties", Map.of(
                    "presentation_name", SlideToolSupport.NAME,
                    "slide_number", SlideToolSupport.NUMBER,
                    "prompt", Map.of("type", "string", "description", "What the slide picture shows, in detail"),
                    "title", Map.of("type", "string"),
                    "description", Map.of("type", "string"),
                    "model_name", Map.of("type", "string", "description", "a configured image model (optional)"),
                    "provider", Map.of("type", "string", "description", "a configured provider (optional)"))));

    private final List<ImageGenerationPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final SlideStore store;
    private final SandboxWorkspacePort sandbox;
    private final Duration timeout;

    /** @param generators the configured image generators, the default first */
    public SlideGenerateTool(List<ImageGenerationPaidToolPort> generators, MediaPriceTable prices, SlideStore store,
                             SandboxWorkspacePort sandbox, Duration timeout) {
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("at least one image generator");
        }
        this.generators = List.copyOf(generators);
        this.prices = prices;
        this.store = store;
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
                .map(model -> price(model).costOf(1)).reduce(Credits.ZERO, Credits::max);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    private record Choice(ImageGenerationPaidToolPort generator, MediaModel model) {
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String name;
        int number;
        String prompt;
        String title;
        String description;
        Choice choice;
        try {
            name = Slide.checkName(SlideToolSupport.text(arguments, "presentation_name", true));
            number = SlideToolSupport.number(arguments);
            prompt = SlideToolSupport.text(arguments, "prompt", true).strip();
            if (prompt.length() > 4000) {
                throw new SlideToolSupport.ArgumentException("prompt is too long (at most 4000 characters)");
            }
            title = SlideToolSupport.text(arguments, "title", true);
            description = Optional.ofNullable(SlideToolSupport.text(arguments, "description", false)).orElse("");
            choice = choose(SlideToolSupport.text(arguments, "provider", false),
                    SlideToolSupport.text(arguments, "model_name", false));
        } catch (SlideToolSupport.ArgumentException e) {
            return ToolOutcome.failed(NAME + ": " + e.getMessage());
        } catch (DomainException e) {
            return SlideToolSupport.refused(NAME, e);
        }
        MediaAvailability availability = choice.generator().availability();
        if (!availability.available()) {
            return ToolOutcome.failed(NAME + " is unavailable: " + availability.reason());
        }
        GeneratedImage image;
        try {
            image = choice.generator().generate(new ImageGenerationRequest(prompt, AspectRatio.LANDSCAPE,
                    choice.model().id()), invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome(NAME + " failed: " + e.getMessage(), Map.of("kind", "slide", "error", "generation_failed"),
                    true);
        }
        Credits cost = price(choice.model()).costOf(1);
        String imagePath = "presentations/" + name + "/images/slide_" + number + ".png";
        sandbox.writeFile(invocation.sessionId(), imagePath, image.content(), invocation.reservation());
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title><style>"
                + "html,body{margin:0;width:1280px;height:720px;overflow:hidden;background:#000}"
                + "img{display:block;width:1280px;height:720px;object-fit:cover}</style></head><body><img alt=\""
                + escape(description) + "\" src=\"data:" + image.contentType() + ";base64,"
                + Base64.getEncoder().encodeToString(image.content()) + "\"></body></html>";
        Slide slide;
        try {
            slide = store.write(invocation.userId(), invocation.sessionId(), name, number, title, description, "image", html);
        } catch (DomainException e) {
            return SlideToolSupport.refused(NAME, e);
        }
        SlideToolSupport.writeCopy(sandbox, invocation, slide);
        ToolOutcome stored = SlideToolSupport.stored(NAME, slide, "generated");
        Map<String, Object> display = new LinkedHashMap<>(stored.display());
        display.put("image_path", imagePath);
        display.put("model", image.model());
        display.put("provider", image.provider());
        display.put("offline", choice.model().offline());
        display.put("cost", cost.value().toPlainString());
        return new ToolOutcome(stored.text() + " The picture is from " + image.model()
                + (choice.model().offline() ? " (an offline placeholder, not a real model's picture)" : "") + ".",
                display, false, cost);
    }

    private Choice choose(String provider, String model) {
        for (ImageGenerationPaidToolPort generator : generators) {
            if (provider != null && !generator.provider().equalsIgnoreCase(provider.strip())) {
                continue;
            }
            for (MediaModel candidate : generator.models()) {
                if (model == null || candidate.id().equals(model.strip())) {
                    return new Choice(generator, candidate);
                }
            }
        }
        throw new SlideToolSupport.ArgumentException("no configured image model matches"
                + (provider == null ? "" : " provider " + provider) + (model == null ? "" : " model " + model)
                + "; leave them out to use the default");
    }

    private MediaPrice price(MediaModel model) {
        return prices.priceFor(model.provider(), model.id(), MediaPrice.Unit.IMAGE);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
