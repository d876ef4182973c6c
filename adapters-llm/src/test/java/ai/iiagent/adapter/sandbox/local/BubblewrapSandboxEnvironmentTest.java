package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A command's environment: the request's variables and the sandbox's own, nothing of the server's, never on a command line. */
class BubblewrapSandboxEnvironmentTest {

    private static final String SECRET = "s3cr3t-" + Long.toHexString(System.nanoTime());

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenRequestedVariables_whenACommandRuns_thenItSeesThem_butTheSandboxKeepsItsOwnPathAndHome() {
        CommandResult result = run("printf '%s|%s|%s' \"$API_TOKEN\" \"$PATH\" \"$HOME\"",
                Map.of("API_TOKEN", SECRET, "PATH", "/evil", "HOME", "/evil"));

        assertThat(result.stdout()).isEqualTo(SECRET + "|/usr/local/bin:/usr/bin:/bin|/workspace");
    }

    @Test
    void givenTheServersEnvironment_whenACommandListsItsOwn_thenNothingOfTheServersIsThere() {
        CommandResult result = run("env", Map.of("API_TOKEN", SECRET));

        Set<String> names = result.stdout().lines().map(line -> line.substring(0, line.indexOf('='))).collect(
                java.util.stream.Collectors.toSet());
        assertThat(names).contains("API_TOKEN", "PATH", "HOME").isSubsetOf("API_TOKEN", "PATH", "HOME", "LANG", "TMPDIR",
                "PWD", "SHLVL", "_");
    }

    @Test
    void givenASecretVariable_whileTheCommandRuns_thenNoHostCommandLineHoldsIt() throws Exception {
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> run("sleep 1.5; echo done",
                Map.of("API_TOKEN", SECRET)));
        Thread.sleep(700);
        long withSecret = commandLinesOnTheHost().filter(line -> line.contains(SECRET)).count();
        long sandboxes = commandLinesOnTheHost().filter(line -> line.contains("sleep 1.5")).count();

        assertThat(running.get().stdout()).isEqualTo("done\n");
        assertThat(sandboxes).as("the probe saw the running command").isPositive();
        assertThat(withSecret).isZero();
    }

    private CommandResult run(String command, Map<String, String> environment) {
        return fixture.sandbox.run(session, new CommandRequest(command, Duration.ofSeconds(20), 64 * 1024, environment),
                fixture.reservation);
    }

    private static Stream<String> commandLinesOnTheHost() throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).map(p -> {
                try {
                    return new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException gone) {
                    return "";
                }
            }).toList().stream();
        }
    }
}
