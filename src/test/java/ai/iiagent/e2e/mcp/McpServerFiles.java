package ai.iiagent.e2e.mcp;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts {@link TinyMcpServer} and the jars it needs (found through the test class path) into a
 * directory, and builds the java command line that starts it inside the sandbox, where only /usr
 * (the JDK) and the session's /workspace are visible.
 */
public final class McpServerFiles {

    /** Classes whose jars the server needs at run time. */
    private static final List<String> MARKERS = List.of("io.modelcontextprotocol.server.McpServer",
            "io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper", "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonProperty",
            "reactor.core.publisher.Mono", "org.reactivestreams.Publisher", "org.slf4j.LoggerFactory",
            "com.networknt.schema.Error", "com.ethlo.time.ITU", "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
            "org.yaml.snakeyaml.Yaml");

    private McpServerFiles() {
    }

    /** Copies jars into {@code dir/lib} and the server's classes into {@code dir/classes}. */
    public static void install(Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (Path jar : jars()) {
            Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path classes = location(TinyMcpServer.class);
        String packagePath = TinyMcpServer.class.getPackageName().replace('.', '/');
        Path target = Files.createDirectories(dir.resolve("classes").resolve(packagePath));
        try (Stream<Path> files = Files.list(classes.resolve(packagePath))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("TinyMcpServer")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                p.toFile().setReadable(true, false);
                p.toFile().setExecutable(Files.isDirectory(p), false);
            }
        }
    }

    /** The java program of this JVM (under /usr/lib/jvm, which the sandbox binds read-only). */
    public static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** JVM flags that fit the sandbox's address-space limit, then the class path under {@code dirInSandbox}. */
    public static List<String> args(String dirInSandbox) {
        return List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=32m", "-XX:CompressedClassSpaceSize=64m", "-XX:MaxMetaspaceSize=128m",
                "-XX:ActiveProcessorCount=1",
                "-cp", dirInSandbox + "/classes:" + dirInSandbox + "/lib/*", TinyMcpServer.class.getName());
    }

    private static Set<Path> jars() {
        Set<Path> jars = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String marker : MARKERS) {
            try {
                jars.add(location(Class.forName(marker)));
            } catch (ClassNotFoundException e) {
                missing.add(marker);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the MCP test server needs classes missing from the test class path: " + missing);
        }
        return jars;
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
