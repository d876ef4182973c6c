package ai.iiagent.service.sandboxes;

import ai.iiagent.service.sessions.RecordingSessionNoticeEncoding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sandboxes.SandboxState;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandboxes.InMemorySandboxRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Lifecycle rules that need a provider we can steer: concurrency, failures, crashed creations. */
class SandboxLifecycleRulesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemorySandboxRepository sandboxes = new InMemorySandboxRepository(sessions);
    private final List<PublishSessionEventsCommand> published = Collections.synchronizedList(new ArrayList<>());
    private final PublishSessionEventsUseCase events = command -> {
        published.add(command);
        return List.of();
    };
    private final FakeProvider provider = new FakeProvider();
    private final SandboxLifecycle lifecycle = new SandboxLifecycle(provider, sandboxes, sessions, events, clock,
            new SandboxPolicy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(5), 100),
            new RecordingSessionNoticeEncoding());
    private final SandboxPort tools = lifecycle.port();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "rules", Instant.now()).reservation();
    private final SessionId session = sessions.save(Session.start(SessionId.random(), UserId.random(), "s", AppKind.AGENT,
            null, clock.now())).id();

    @Test
    void givenManyFirstCallsAtOnce_whenTheyRun_thenOneSandboxIsCreatedAndAnnouncedOnce() throws Exception {
        provider.creationGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> run("echo")));
            }
            Thread.sleep(100);
            provider.creationGate.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(provider.creations).hasValue(1);
        assertThat(sandboxes.all()).singleElement().extracting(Sandbox::state).isEqualTo(SandboxState.RUNNING);
        assertThat(reasons()).containsExactly("running/created");
    }

    @Test
    void givenTheProviderFailsToCreate_whenUsed_thenTheRecordFails_andTheNextCallTriesAgain() {
        provider.failCreation = true;

        assertThatThrownBy(() -> run("echo")).isInstanceOf(UpstreamFailureException.class);
        assertThat(sandboxes.all()).singleElement().extracting(Sandbox::state).isEqualTo(SandboxState.FAILED);

        provider.failCreation = false;
        assertThat(run("echo")).isEqualTo("echo");
        assertThat(sandboxes.all()).extracting(Sandbox::state).containsExactlyInAnyOrder(SandboxState.FAILED, SandboxState.RUNNING);
        assertThat(reasons()).containsExactly("failed/create_failed", "running/created");
    }

    @Test
    void givenARecordBeingCreatedElsewhere_whenUsed_thenBusy_untilItIsStaleAndReplaced() {
        sandboxes.insert(Sandbox.creating(SandboxId.random(), session, "fake", clock.now(), Duration.ofHours(12)));

        assertThatThrownBy(() -> run("echo")).isInstanceOf(ServiceUnavailableException.class)
                .extracting(e -> ((DomainException) e).code().value()).isEqualTo("sandbox_busy");

        clock.advance(Duration.ofMinutes(5));
        assertThat(run("echo")).isEqualTo("echo");
        assertThat(sandboxes.all()).extracting(Sandbox::state).containsExactlyInAnyOrder(SandboxState.FAILED, SandboxState.RUNNING);
    }

    @Test
    void givenAPausedSandbox_whenAToolWorks_thenTheProviderIsResumedFirst() {
        run("first");
        tools.pause(session);
        assertThat(provider.status(session)).isEqualTo(ai.iiagent.port.out.sandbox.SandboxStatus.PAUSED);

        tools.writeFile(session, "a.txt", new byte[] {1}, reservation);

        assertThat(provider.calls()).containsSubsequence("pause " + session, "resume " + session);
        assertThat(reasons()).containsExactly("running/created", "paused/requested", "running/resumed");
        assertThat(tools.readFile(session, "a.txt", reservation)).containsExactly(1);
    }

    @Test
    void givenALongCommand_whenItEnds_thenTheLastUseIsItsEnd() {
        run("first");
        provider.duringRun = () -> clock.advance(Duration.ofMinutes(40));

        run("a 40 minute build");

        assertThat(sandboxes.findActive(session).orElseThrow().lastUsedAt()).isEqualTo(clock.now());
        assertThat(lifecycle.sweep().paused()).as("idle counts from the end of the command").isZero();
    }

    @Test
    void givenADestroyedSandbox_whenDestroyedThroughTheToolsPort_thenTheRecordEndsAndTheStatusIsAbsent() {
        run("first");

        tools.destroy(session);

        assertThat(tools.status(session)).isEqualTo(ai.iiagent.port.out.sandbox.SandboxStatus.ABSENT);
        assertThat(provider.workspaces).doesNotContainKey(session);
        assertThat(reasons()).containsExactly("running/created", "destroyed/requested");
    }

    private String run(String command) {
        return tools.run(session, new CommandRequest(command, Duration.ofSeconds(1), 100), reservation).stdout();
    }

    private List<String> reasons() {
        return published.stream().flatMap(command -> command.events().stream())
                .map(event -> event.content().fields().get("status") + "/" + event.content().fields().get("reason")).toList();
    }
}
