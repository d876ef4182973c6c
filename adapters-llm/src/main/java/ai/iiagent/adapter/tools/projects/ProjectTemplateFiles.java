package ai.iiagent.adapter.tools.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The templates shipped with the app, as class-path resources under {@code projects/templates/<name>/};
 * each lists its files in {@code files.txt}. {@code {{PROJECT_NAME}}} in a file becomes the project's name; a file
 * stored as {@code dot-NAME} is written as {@code .NAME} (the build leaves out resources such as {@code .gitignore}).
 */
public final class ProjectTemplateFiles {

    private static final String ROOT = "projects/templates/";

    private ProjectTemplateFiles() {
    }

    /** The template's files by path relative to the project directory, the name filled in. */
    public static Map<String, byte[]> files(String template, String projectName) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : read(ROOT + template + "/files.txt").split("\n")) {
            if (!path.isBlank()) {
                String target = path.strip().startsWith("dot-") ? "." + path.strip().substring(4) : path.strip();
                files.put(target, read(ROOT + template + "/" + path.strip()).replace("{{PROJECT_NAME}}", projectName)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = ProjectTemplateFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the template resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
