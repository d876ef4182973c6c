package ai.iiagent.adapter.tools.media;

import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaPromptTemplate;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.media.MediaModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The media tools' argument rules: a prompt of 1..4,000 characters, a workspace path for the output
 * (made relative to {@code /workspace}, given the right extension), a known aspect ratio, and the
 * generator (by provider or model name) among those configured. A broken argument is a
 * {@link MediaArgumentException} whose message the model reads.
 */
final class MediaArguments {

    static final int MAX_PROMPT_CHARS = 4000;
    private static final String ROOT = "/workspace";

    private MediaArguments() {
    }

    static String prompt(Map<String, Object> arguments) {
        if (!(arguments.get("prompt") instanceof String prompt) || prompt.isBlank()) {
            throw new MediaArgumentException("prompt must be a non-empty string");
        }
        if (prompt.length() > MAX_PROMPT_CHARS) {
            throw new MediaArgumentException("prompt is too long (at most " + MAX_PROMPT_CHARS + " characters)");
        }
        return prompt.strip();
    }

    /** The output path relative to the workspace, ending in {@code extension} (added when it has another). */
    static String outputPath(Map<String, Object> arguments, String extension) {
        if (!(arguments.get("output_path") instanceof String path) || path.isBlank()) {
            throw new MediaArgumentException("output_path must be a file path under " + ROOT);
        }
        String p = workspacePath(path, "output_path");
        return p.toLowerCase(Locale.ROOT).endsWith("." + extension) ? p : p + "." + extension;
    }

    /** {@code /workspace/a/b} and {@code ./a/b} become {@code a/b}; other absolute paths and {@code ..} are refused. */
    static String workspacePath(String path, String argument) {
        String p = path.strip();
        if (p.startsWith(ROOT + "/")) {
            p = p.substring(ROOT.length() + 1);
        } else if (p.startsWith("/")) {
            throw new MediaArgumentException(argument + " " + path + " is outside your workspace; use a path under " + ROOT);
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.isEmpty() || p.endsWith("/") || List.of(p.split("/")).contains("..")) {
            throw new MediaArgumentException(argument + " must name a file under " + ROOT + " (no '..')");
        }
        return p;
    }

    /**
     * A file of the calling session's own workspace (the sandbox is addressed by the invocation's
     * session, so no other user's or session's file can be named), at most {@code maxBytes} long.
     */
    static byte[] readWorkspaceFile(SandboxWorkspacePort sandbox, ToolInvocation invocation, String path, String argument,
                                    long maxBytes) {
        String relative = workspacePath(path, argument);
        byte[] content;
        try {
            content = sandbox.readFile(invocation.sessionId(), relative, invocation.reservation());
        } catch (NotFoundException e) {
            throw new MediaArgumentException(argument + " " + path + " does not exist in the workspace");
        }
        if (content.length > maxBytes) {
            throw new MediaArgumentException(argument + " " + path + " is larger than " + maxBytes / (1024 * 1024) + " MB");
        }
        return content;
    }

    static AspectRatio aspectRatio(Map<String, Object> arguments, AspectRatio fallback) {
        Object given = arguments.get("aspect_ratio");
        if (given == null || given instanceof String text && text.isBlank()) {
            return fallback;
        }
        return AspectRatio.ofCode(String.valueOf(given)).orElseThrow(() -> new MediaArgumentException(
                "aspect_ratio must be one of " + List.of(AspectRatio.values()).stream().map(AspectRatio::code).toList()));
    }

    /** The style a {@code style: manga} call draws in (the original's manga mode). */
    static final String MANGA_STYLE = "Black-and-white manga panel, clean ink lines, screentone shading, expressive"
            + " characters, dynamic composition, empty space for speech bubbles: ";

    /**
     * The prompt as the generator gets it: the user's words, shaped by a media template
     * ({@code template_id}, the words replacing its {@code {subject}}) and by a style ({@code manga}).
     * Answers the template's aspect ratio too, the default when none is asked.
     */
    static Shaped shape(Map<String, Object> arguments, String prompt, MediaKind kind,
                        Function<String, Optional<MediaPromptTemplate>> templates) {
        Optional<String> templateId = text(arguments, "template_id");
        Optional<String> style = text(arguments, "style");
        String shaped = prompt;
        String ratio = null;
        if (templateId.isPresent()) {
            MediaPromptTemplate template = templates.apply(templateId.get()).orElseThrow(() -> new MediaArgumentException(
                    "unknown template_id '" + templateId.get() + "' (GET /v1/media-templates lists them)"));
            if (template.kind() != kind) {
                String made = template.kind().name().toLowerCase(Locale.ROOT);
                throw new MediaArgumentException("template " + template.id() + " is a " + made
                        + " template; use it with generate_" + made);
            }
            shaped = template.prompt().contains("{subject}") ? template.prompt().replace("{subject}", shaped)
                    : template.prompt() + " " + shaped;
            ratio = template.aspectRatio();
        }
        if (style.isPresent()) {
            if (!style.get().equalsIgnoreCase("manga")) {
                throw new MediaArgumentException("style must be manga (or left out)");
            }
            shaped = MANGA_STYLE + shaped;
            ratio = ratio == null ? AspectRatio.TALL.code() : ratio;
        }
        return new Shaped(shaped, ratio == null ? Optional.empty() : AspectRatio.ofCode(ratio));
    }

    /** A prompt shaped by a template or style, with the aspect ratio it suits (when it has one). */
    record Shaped(String prompt, Optional<AspectRatio> aspectRatio) {
    }

    static Optional<String> text(Map<String, Object> arguments, String name) {
        return arguments.get(name) instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    /**
     * The generator to use: the one of {@code provider} when named, else the one offering
     * {@code model}, else the first (the configured default). Answers it with the model to ask for.
     */
    static <P> Choice<P> choose(List<P> generators, Function<P, String> providerOf, Function<P, List<MediaModel>> modelsOf,
                                Optional<String> provider, Optional<String> model) {
        List<P> candidates = provider.map(name -> generators.stream()
                .filter(generator -> providerOf.apply(generator).equalsIgnoreCase(name)).toList()).orElse(generators);
        if (candidates.isEmpty()) {
            throw new MediaArgumentException("unknown provider '" + provider.orElseThrow() + "'; configured: "
                    + generators.stream().map(providerOf).toList());
        }
        if (model.isEmpty()) {
            P first = candidates.get(0);
            return new Choice<>(first, modelsOf.apply(first).get(0));
        }
        for (P generator : candidates) {
            for (MediaModel offered : modelsOf.apply(generator)) {
                if (offered.id().equalsIgnoreCase(model.get())) {
                    return new Choice<>(generator, offered);
                }
            }
        }
        throw new MediaArgumentException("unknown model '" + model.get() + "'; offered: " + candidates.stream()
                .flatMap(generator -> modelsOf.apply(generator).stream()).map(MediaModel::id).toList());
    }

    /** A generator and the model it will use. */
    record Choice<P>(P generator, MediaModel model) {
    }
}
