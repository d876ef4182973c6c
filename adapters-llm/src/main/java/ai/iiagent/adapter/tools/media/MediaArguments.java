package ai.iiagent.adapter.tools.media;

import ai.iiagent.port.out.media.AspectRatio;
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

    static AspectRatio aspectRatio(Map<String, Object> arguments, AspectRatio fallback) {
        Object given = arguments.get("aspect_ratio");
        if (given == null || given instanceof String text && text.isBlank()) {
            return fallback;
        }
        return AspectRatio.ofCode(String.valueOf(given)).orElseThrow(() -> new MediaArgumentException(
                "aspect_ratio must be one of " + List.of(AspectRatio.values()).stream().map(AspectRatio::code).toList()));
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
