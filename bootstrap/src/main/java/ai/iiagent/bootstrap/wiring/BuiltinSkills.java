package ai.iiagent.bootstrap.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The skills shipped inside the app: {@code skills/<name>/SKILL.md} on the class path, one directory
 * per name listed in {@code skills/builtin-skills.txt} (jars cannot be listed portably).
 */
final class BuiltinSkills {

    static final String INDEX = "skills/builtin-skills.txt";

    private BuiltinSkills() {
    }

    static List<String> documents() {
        List<String> documents = new ArrayList<>();
        for (String name : read(INDEX).split("\n")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                documents.add(read("skills/" + trimmed + "/SKILL.md"));
            }
        }
        return documents;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in skill resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
