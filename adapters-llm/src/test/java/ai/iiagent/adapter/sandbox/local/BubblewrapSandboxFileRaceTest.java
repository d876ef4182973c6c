package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox swaps a directory and a link to a host directory in a loop while the server reads,
 * lists, downloads and writes under it: no byte of a host file comes back, nothing lands on the
 * host, and every call either works or answers a clean not-found / outside-the-workspace error.
 */
class BubblewrapSandboxFileRaceTest {

    private static final String CANARY = "host-canary-" + Long.toHexString(System.nanoTime());
    private static final String HARMLESS = "harmless";

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();
    private Path hostDir;
    private CompletableFuture<?> swapping;

    @BeforeEach
    void startTheSwapLoop() throws Exception {
        hostDir = Files.createDirectories(fixture.root.getParent().resolve("host-secrets"));
        Files.writeString(hostDir.resolve("secret.txt"), CANARY);
        Files.setPosixFilePermissions(hostDir.resolve("secret.txt"), PosixFilePermissions.fromString("rw-------"));
        fixture.run(session, "mkdir d && printf " + HARMLESS + " > d/secret.txt");
        String loop = "end=$((SECONDS + 50)); while [ $SECONDS -lt $end ]; do mv d d.real; ln -s " + hostDir
                + " d; rm d; mv d.real d; done";
        swapping = CompletableFuture.supplyAsync(() -> fixture.run(session, loop, Duration.ofSeconds(55), 1024));
        Thread.sleep(300);
    }

    @AfterEach
    void cleanUp() throws Exception {
        fixture.sandbox.destroy(session);
        swapping.handle((r, e) -> null).join();
        fixture.close();
    }

    @Test
    void givenTheSwapLoop_when1000FileCallsRun_thenNoHostByteComesBack_andNoCallFailsUncleanly() throws Exception {
        List<String> seen = new ArrayList<>();
        int[] worked = new int[1];
        List<Throwable> unclean = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Supplier<String> call = switch (i % 5) {
                case 0 -> () -> text(fixture.sandbox.readHead(session, "d/secret.txt", 4096).head());
                case 1 -> () -> text(fixture.sandbox.readFile(session, "d/secret.txt", fixture.reservation));
                case 2 -> () -> download("d/secret.txt");
                case 3 -> () -> listing(fixture.sandbox.listTree(session, "d", 3, 100));
                default -> () -> {
                    fixture.sandbox.writeFile(session, "d/planted-" + worked[0] + ".txt", bytes("x"), fixture.reservation);
                    return "";
                };
            };
            try {
                seen.add(call.get());
                worked[0]++;
            } catch (NotFoundException | ValidationException clean) {
                // the link was in place: a clean refusal
            } catch (RuntimeException e) {
                unclean.add(e);
            }
        }

        assertThat(String.join("\n", seen)).doesNotContain(CANARY);
        assertThat(unclean).as("calls that failed with something other than a clean refusal").isEmpty();
        try (var planted = Files.list(hostDir)) {
            assertThat(planted.map(p -> p.getFileName().toString())).containsExactly("secret.txt");
        }
        assertThat(worked[0]).as("calls that found the real directory and worked").isGreaterThan(50);
        assertThat(seen).anyMatch(s -> s.contains(HARMLESS));
    }

    private String download(String path) {
        try (InputStream in = fixture.sandbox.download(session, path, fixture.reservation)) {
            return text(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String listing(SandboxFileTree tree) {
        return String.join(",", tree.entries().stream().map(SandboxFileEntry::path).toList());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
