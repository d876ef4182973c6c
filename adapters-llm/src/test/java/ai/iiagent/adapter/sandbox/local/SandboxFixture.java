package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** A real bubblewrap sandbox under a fresh root in /tmp (traversable, so the sandbox uids can reach it). */
final class SandboxFixture implements AutoCloseable {

    static final long MIB = 1024L * 1024L;

    final Path root;
    final BubblewrapSandbox sandbox;
    final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "sandbox-test", Instant.now()).reservation();

    SandboxFixture() {
        this(cfg -> cfg);
    }

    SandboxFixture(java.util.function.UnaryOperator<BubblewrapSandboxConfig> tweak) {
        this(tweak, ShellSessionsConfig.defaults());
    }

    SandboxFixture(java.util.function.UnaryOperator<BubblewrapSandboxConfig> tweak, ShellSessionsConfig shells) {
        root = Path.of("/tmp", "ii-agent-sandbox-test-" + UUID.randomUUID(), "sandboxes");
        BubblewrapSandboxConfig base = BubblewrapSandboxConfig.defaults(root);
        sandbox = new BubblewrapSandbox(tweak.apply(new BubblewrapSandboxConfig(root, base.bwrap(), 10, 512 * MIB, 64,
                16 * MIB, 16 * MIB, base.hostUidBase(), base.hostUidCount())), shells);
    }

    CommandResult run(SessionId session, String command) {
        return run(session, command, Duration.ofSeconds(20), 64 * 1024);
    }

    CommandResult run(SessionId session, String command, Duration timeout, int limit) {
        return sandbox.run(session, new CommandRequest(command, timeout, limit), reservation);
    }

    /** Processes on the host whose real uid is the session's sandbox uid. */
    long processesOf(SessionId session) throws IOException {
        String uid = Integer.toString(sandbox.hostUid(session));
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readAllLines(p.resolve("status")).stream()
                                    .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals(uid));
                        } catch (IOException gone) {
                            return false;
                        }
                    }).count();
        }
    }

    /** Fails unless every process of the session's uid is gone within 3 s (the kernel reaps asynchronously). */
    void awaitNoProcesses(SessionId session) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long left = processesOf(session);
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = processesOf(session);
        }
        if (left > 0) {
            throw new AssertionError(left + " sandbox processes are still alive");
        }
    }

    @Override
    public void close() throws IOException {
        sandbox.terminals().closeAll();
        sandbox.shells().close();
        if (!Files.exists(root.getParent())) {
            return;
        }
        try (Stream<Path> all = Files.walk(root.getParent())) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
