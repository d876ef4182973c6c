package ai.iiagent.adapter.tools.media;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.port.out.media.SpeechRequest.AudioFormat;
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

/**
 * {@code generate_speech {text, output_path, voice?, format?, model_name?, provider?}}: a voice-over of
 * the text from the configured speech generator (offline: espeak-ng), saved in the workspace (MP3 by
 * default, or WAV) and handed to the user. Paid per character at the model's price; the runtime
 * holds the dearest model's price for the longest text first, a failed generation costs nothing.
 */
public final class GenerateSpeechTool implements AgentTool {

    static final int MAX_CHARS = 5000;
    private static final ToolSpec SPEC = new ToolSpec("generate_speech",
            "Speak a text aloud (voice-over) and save the audio in the workspace (MP3 or WAV). The user can play it.",
            Map.of("type", "object", "required", List.of("text", "output_path"), "properties", Map.of(
                    "text", Map.of("type", "string", "description", "what to say (at most 5,000 characters)"),
                    "output_path", Map.of("type", "string", "description", "where to save it, e.g. audio/intro.mp3"),
                    "voice", Map.of("type", "string", "description", "a voice name of the provider (optional)"),
                    "format", Map.of("type", "string", "description", "mp3 (default) or wav"),
                    "model_name", Map.of("type", "string", "description", "a configured speech model (optional)"),
                    "provider", Map.of("type", "string", "description", "a configured provider (optional)"))));

    private final List<SpeechPaidToolPort> generators;
    private final MediaPriceTable prices;
    private final SandboxWorkspacePort sandbox;
    private final Duration timeout;

    public GenerateSpeechTool(List<SpeechPaidToolPort> generators, MediaPriceTable prices, SandboxWorkspacePort sandbox,
                              Duration timeout) {
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("at least one speech generator");
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
                .map(model -> price(model.provider(), model.id()).costOf(MAX_CHARS)).reduce(Credits.ZERO, Credits::max);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String text;
        AudioFormat format;
        String path;
        MediaArguments.Choice<SpeechPaidToolPort> choice;
        try {
            text = MediaArguments.text(arguments, "text").orElseThrow(() -> new MediaArgumentException(
                    "text must be a non-empty string"));
            if (text.length() > MAX_CHARS) {
                throw new MediaArgumentException("text is too long (at most " + MAX_CHARS + " characters)");
            }
            format = switch (MediaArguments.text(arguments, "format").orElse("mp3").toLowerCase(Locale.ROOT)) {
                case "mp3" -> AudioFormat.MP3;
                case "wav" -> AudioFormat.WAV;
                default -> throw new MediaArgumentException("format must be mp3 or wav");
            };
            path = MediaArguments.outputPath(arguments, format.extension());
            choice = MediaArguments.choose(generators, SpeechPaidToolPort::provider, SpeechPaidToolPort::models,
                    MediaArguments.text(arguments, "provider"), MediaArguments.text(arguments, "model_name"));
        } catch (MediaArgumentException e) {
            return ToolOutcome.failed("generate_speech: " + e.getMessage());
        }
        MediaAvailability availability = choice.generator().availability();
        if (!availability.available()) {
            return ToolOutcome.failed("generate_speech is unavailable: " + availability.reason());
        }
        GeneratedSpeech speech;
        try {
            speech = choice.generator().generate(new SpeechRequest(text, MediaArguments.text(arguments, "voice")
                    .orElse(null), format, choice.model().id()), invocation.reservation());
        } catch (MediaGenerationFailedException e) {
            return new ToolOutcome("generate_speech failed: " + e.getMessage(), Map.of("kind", "audio",
                    "error", e.kind().name().toLowerCase(Locale.ROOT)), true);
        }
        sandbox.writeFile(invocation.sessionId(), path, speech.content(), invocation.reservation());
        Credits cost = price(speech.provider(), speech.model()).costOf(speech.characters());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "audio");
        display.put("prompt", text);
        display.put("path", path);
        display.put("content_type", speech.contentType());
        display.put("characters", speech.characters());
        display.put("model", speech.model());
        display.put("provider", speech.provider());
        display.put("offline", choice.model().offline());
        display.put("cost", cost.value().toPlainString());
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new ToolOutcome("Spoke " + speech.characters() + " characters with " + speech.model() + " and saved the"
                + " audio at /workspace/" + path + ".", display, false, cost,
                List.of(new ToolFile(path, name, speech.contentType(), speech.content(),
                        new ToolFile.Generation(SPEC.name(), text, speech.model(), speech.provider()))));
    }

    private MediaPrice price(String provider, String model) {
        return prices.priceFor(provider, model, MediaPrice.Unit.CHARACTER);
    }
}
