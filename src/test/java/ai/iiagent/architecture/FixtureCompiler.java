package ai.iiagent.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles deliberately bad classes at test time, so they never reach the application's class
 * path (where Quarkus would index a fixture @Entity or @Path) yet ArchUnit can read real bytecode.
 */
final class FixtureCompiler {

    private FixtureCompiler() {
    }

    /** @param sources fully qualified class name to Java source */
    static JavaClasses compile(Map<String, String> sources) {
        try {
            Path root = Files.createTempDirectory("arch-fixtures");
            Path out = Files.createDirectories(root.resolve("classes"));
            List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-proc:none",
                    "-classpath", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = root.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("fixture sources do not compile (see stderr)");
            }
            return new ClassFileImporter().importPath(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
