package ai.iiagent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No snake_case string literal in {@code core/application} (issue #16): event names, JSON content keys,
 * provider ids, tool names and error codes are spelled in {@code core/domain} (constants, typed events)
 * or in the adapters that encode them, never in the services.
 */
class NoWireLiteralsInCoreTest {

    private static final Path SOURCES = Path.of("..", "core", "application", "src", "main", "java");
    private static final Pattern SNAKE_CASE_LITERAL = Pattern.compile("\"[a-z0-9]+(_[a-z0-9]+)+\"");

    /** Files that may still spell some, and why; each entry must still need it (the list only shrinks). Empty now. */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void givenTheApplicationCore_thenNoSnakeCaseLiteralOutsideTheAllowList_andEveryAllowedFileStillNeedsIt()
            throws IOException {
        List<String> found = new ArrayList<>();
        TreeSet<String> stillNeeded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SNAKE_CASE_LITERAL.matcher(lines.get(i)).find()) {
                        if (ALLOWED.containsKey(name)) {
                            stillNeeded.add(name);
                        } else {
                            found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("snake_case literals in core/application").isEmpty();
        assertThat(stillNeeded).as("allow-listed files that still spell a snake_case literal")
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }
}
