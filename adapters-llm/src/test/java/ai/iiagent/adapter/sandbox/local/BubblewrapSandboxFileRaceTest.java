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

    // CPU time for a loop that spins for up to 50 s (the fixture's default of 10 s would kill it midway).
    private final SandboxFixture fixture = new SandboxFixture(cfg -> new BubblewrapSandboxConfig(cfg.root(), cfg.bwrap(), 120,
            cfg.memoryBytes(), cfg.maxProcesses(), cfg.maxFileBytes(), cfg.tmpBytes(), cfg.hostUidBase(), cfg.hostUidCount()));
    private final SessionId session = SessionId.random();
    private Path hostDir;
    private CompletableFuture<ai.iiagent.port.out.sandbox.CommandResult> swapping;

    @BeforeEach
    void startTheSwapLoop() throws Exception {
        hostDir = Files.createDirectories(fixture.root.getParent().resolve("host-secrets"));
        Files.writeString(hostDir.resolve("secret.txt"), CANARY);
        Files.setPosixFilePermissions(hostDir.resolve("secret.txt"), PosixFilePermissions.fromString("rw-------"));
        fixture.run(session, "mkdir d && printf " + HARMLESS + " > d/secret.txt");
        // A tight loop (python, no process per step), as an attacker would write it, for 50 s at most; a write of the
        // test that recreates d in the gap between two renames is put aside so the loop goes on.
        String loop = "python3 -c '" + String.join("\n", "import os, time", "end = time.time() + 50",
                "while time.time() < end and not os.path.exists(\"stop\"):",
                "  try: os.rename(\"d\", \"d.real\")",
                "  except OSError: continue",
                "  try: os.symlink(\"" + hostDir + "\", \"d\"); os.unlink(\"d\")",
                "  except OSError: pass",
                "  try: os.rename(\"d.real\", \"d\")",
                "  except OSError: os.rename(\"d\", \"stray-%d\" % time.time_ns()); os.rename(\"d.real\", \"d\")") + "'";
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
        assertThat(worked[0]).as("calls that found the real directory and worked").isPositive();
        fixture.sandbox.writeFile(session, "stop", bytes("stop"), fixture.reservation);
        assertThat(swapping.get(10, java.util.concurrent.TimeUnit.SECONDS).exitCode()).as("the loop ended").isZero();
        assertThat(text(fixture.sandbox.readFile(session, "d/secret.txt", fixture.reservation))).isEqualTo(HARMLESS);
        assertThat(download("d/secret.txt")).isEqualTo(HARMLESS);
        assertThat(text(fixture.sandbox.readHead(session, "d/secret.txt", 4).head())).isEqualTo("harm");
        assertThat(listing(fixture.sandbox.listTree(session, "d", 3, 100))).contains("d/secret.txt");
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
