package ai.iiagent.e2e.sandboxes;

import ai.iiagent.adapter.persistence.sessions.SessionNoticeJson;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.service.sandboxes.LifecycleTerminals;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxState;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.ForkRequest;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sandboxes.SandboxSweepReport;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import ai.iiagent.port.out.sandboxes.SandboxRepository;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.users.UserRepository;
import ai.iiagent.service.sandboxes.SandboxLifecycle;
import ai.iiagent.service.sandboxes.SandboxPolicy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox lifecycle on PostgreSQL (the {@code sandboxes} table and the session event log) with
 * the real local sandbox and a clock the test moves. A "restart" is a new lifecycle and a new
 * provider instance that know nothing but what the table says.
 */
@QuarkusTest
class SandboxLifecycleTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration LIFETIME = Duration.ofHours(12);

    @Inject
    SandboxRepository sandboxes;

    @Inject
    SessionRepository sessions;

    @Inject
    UserRepository users;

    @Inject
    SessionEventRepository log;

    @Inject
    PublishSessionEventsUseCase events;

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final Path root = Path.of("/tmp", "ii-agent-lifecycle-" + UUID.randomUUID(), "sandboxes");
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "lifecycle-test", Instant.now()).reservation();
    private BubblewrapSandbox provider;
    private SandboxLifecycle lifecycle;
    private UserId owner;

    @Inject
    EntityManager entityManager;

    // The sweeper scans the whole table, so each case starts from an empty one.
    @BeforeEach
    @Transactional
    void start() {
        entityManager.createNativeQuery("DELETE FROM sandboxes").executeUpdate();
        owner = newUser();
        restart();
    }

    @AfterEach
    void removeRoot() throws IOException {
        if (Files.exists(root.getParent())) {
            try (Stream<Path> all = Files.walk(root.getParent())) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void givenANewSession_whenTheFirstAndSecondToolCallsRun_thenTheSandboxIsCreatedOnceWithOneEvent() {
        SessionId session = newSession();
        assertThat(sandboxes.findActive(session)).isEmpty();
        assertThat(provider.status(session)).isEqualTo(SandboxStatus.ABSENT);

        assertThat(run(session, "echo one > a.txt && cat a.txt")).isEqualTo("one\n");
        clock.advance(Duration.ofSeconds(5));
        assertThat(run(session, "cat a.txt")).isEqualTo("one\n");

        Sandbox row = sandboxes.findActive(session).orElseThrow();
        assertThat(row.state()).isEqualTo(SandboxState.RUNNING);
        assertThat(row.provider()).isEqualTo("local");
        assertThat(row.providerSandboxId()).isEqualTo(session.toString());
        assertThat(row.expiresAt()).isEqualTo(row.createdAt().plus(LIFETIME));
        assertThat(row.lastUsedAt()).isEqualTo(clock.now());
        assertThat(statusEvents(session)).extracting(this::statusAndReason).containsExactly("running/created");
        assertThat(statusEvents(session).get(0).content()).containsEntry("sandbox_id", row.id().toString())
                .containsEntry("provider", "local");
    }

    @Test
    void givenAnIdleSandbox_whenTheSweeperRuns_thenItIsPaused_andTheNextCallResumesIt() {
        SessionId session = newSession();
        run(session, "true");
        clock.advance(IDLE.minusSeconds(1));
        assertThat(lifecycle.sweep().paused()).as("not idle long enough").isZero();

        clock.advance(Duration.ofSeconds(2));
        SandboxSweepReport report = lifecycle.sweep();

        assertThat(report.paused()).isEqualTo(1);
        assertThat(sandboxes.findActive(session).orElseThrow().state()).isEqualTo(SandboxState.PAUSED);
        assertThat(provider.status(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(lifecycle.port().status(session)).isEqualTo(SandboxStatus.PAUSED);

        assertThat(run(session, "echo back")).isEqualTo("back\n");
        assertThat(sandboxes.findActive(session).orElseThrow().state()).isEqualTo(SandboxState.RUNNING);
        assertThat(statusEvents(session)).extracting(this::statusAndReason)
                .containsExactly("running/created", "paused/idle", "running/resumed");
    }

    @Test
    void givenARestart_whenTheSessionIsUsedAgain_thenTheRecordedSandboxIsReattachedWithItsFiles() {
        SessionId session = newSession();
        run(session, "echo kept > kept.txt");
        Sandbox before = sandboxes.findActive(session).orElseThrow();

        restart();
        assertThat(run(session, "cat kept.txt")).isEqualTo("kept\n");

        assertThat(sandboxes.findActive(session).orElseThrow().id()).isEqualTo(before.id());
        assertThat(statusEvents(session)).extracting(this::statusAndReason).containsExactly("running/created");
    }

    @Test
    void givenAPausedSandboxAndARestart_whenAwakened_thenTheNewInstanceResumesIt() {
        SessionId session = newSession();
        run(session, "true");
        clock.advance(IDLE.plusSeconds(1));
        lifecycle.sweep();

        restart();
        SandboxLifecycle.Change change = lifecycle.awake(session).orElseThrow();

        assertThat(change.announced()).isTrue();
        assertThat(change.sandbox().state()).isEqualTo(SandboxState.RUNNING);
        assertThat(statusEvents(session)).extracting(this::statusAndReason)
                .containsExactly("running/created", "paused/idle", "running/awakened");
        assertThat(lifecycle.awake(newSession())).isEmpty();
    }

    @Test
    void givenTheProviderLostTheSandbox_whenReattachedAfterARestart_thenTheRecordEndsAndAFreshOneIsCreated() throws IOException {
        SessionId session = newSession();
        run(session, "echo x > x.txt");
        Sandbox lost = sandboxes.findActive(session).orElseThrow();
        provider.destroy(session);

        restart();
        assertThat(run(session, "ls")).isEmpty();

        assertThat(sandboxes.findById(lost.id()).orElseThrow().state()).isEqualTo(SandboxState.DESTROYED);
        assertThat(sandboxes.findActive(session).orElseThrow().id()).isNotEqualTo(lost.id());
        assertThat(statusEvents(session)).extracting(this::statusAndReason)
                .containsExactly("running/created", "destroyed/lost", "running/created");
    }

    @Test
    void givenASandboxPastItsLifetime_whenTheSweeperRuns_thenItIsDestroyed_andTheNextCallStartsEmpty() {
        SessionId session = newSession();
        run(session, "echo old > old.txt");
        Sandbox first = sandboxes.findActive(session).orElseThrow();
        clock.advance(LIFETIME);

        SandboxSweepReport report = lifecycle.sweep();

        assertThat(report.expired()).isEqualTo(1);
        assertThat(sandboxes.findById(first.id()).orElseThrow().state()).isEqualTo(SandboxState.DESTROYED);
        assertThat(root.resolve(session.toString())).doesNotExist();
        assertThat(run(session, "ls")).isEmpty();
        assertThat(statusEvents(session)).extracting(this::statusAndReason)
                .containsExactly("running/created", "destroyed/expired", "running/created");
    }

    @Test
    void givenAnExpiredSandboxNotYetSwept_whenUsed_thenItIsReplacedRatherThanReused() {
        SessionId session = newSession();
        run(session, "echo old > old.txt");
        clock.advance(LIFETIME.plusMinutes(1));

        assertThat(run(session, "ls")).isEmpty();
        assertThat(statusEvents(session)).extracting(this::statusAndReason)
                .containsExactly("running/created", "destroyed/expired", "running/created");
    }

    @Test
    void givenADeletedSessionAndAStrayWorkspace_whenTheSweeperRuns_thenBothAreDestroyed() {
        SessionId deleted = newSession();
        SessionId live = newSession();
        run(deleted, "true");
        run(live, "true");
        SessionId stray = SessionId.random();
        provider.ensure(stray, reservation);
        sessions.save(sessions.findById(deleted).orElseThrow().deleted(clock.now()));

        SandboxSweepReport report = lifecycle.sweep();

        assertThat(report.orphaned()).isEqualTo(1);
        assertThat(report.strays()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(root.resolve(deleted.toString())).doesNotExist();
        assertThat(root.resolve(stray.toString())).doesNotExist();
        assertThat(root.resolve(live.toString())).isDirectory();
        assertThat(sandboxes.findActive(deleted)).isEmpty();
        assertThat(sandboxes.findActive(live)).isPresent();
    }

    @Test
    void givenForks_whenTheyUseTheirSandbox_thenShareUsesTheParents_copyStartsFromIt_newStartsEmpty() {
        SessionId parent = newSession();
        run(parent, "echo from-parent > p.txt");
        SessionId shared = fork(parent, SandboxMode.SHARE);
        SessionId copied = fork(parent, SandboxMode.COPY);
        SessionId fresh = fork(parent, SandboxMode.NEW);
        SessionId sharedOfShared = fork(shared, SandboxMode.SHARE);

        assertThat(run(shared, "cat p.txt && echo from-child > c.txt")).isEqualTo("from-parent\n");
        assertThat(run(sharedOfShared, "cat c.txt")).isEqualTo("from-child\n");
        assertThat(run(copied, "cat p.txt c.txt && echo mine > p.txt")).isEqualTo("from-parent\nfrom-child\n");
        assertThat(run(fresh, "ls")).isEmpty();

        assertThat(run(parent, "cat p.txt")).isEqualTo("from-parent\n");
        assertThat(sandboxes.findActive(shared)).isEmpty();
        assertThat(sandboxes.findActive(copied)).isPresent();
        assertThat(sandboxes.findActive(fresh)).isPresent();
        assertThat(lifecycle.current(shared).orElseThrow().sessionId()).isEqualTo(parent);
        assertThat(statusEvents(shared)).isEmpty();
        assertThat(statusEvents(copied)).extracting(this::statusAndReason).containsExactly("running/created");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    @Test
    void givenATerminal_whenTypedIn_thenTheSandboxCountsAsUsed_andWithoutASandboxNoneOpens() throws Exception {
        LifecycleTerminals terminals = new LifecycleTerminals(lifecycle, provider.terminals());
        SessionId empty = newSession();
        java.util.concurrent.CompletableFuture<Integer> ended = new java.util.concurrent.CompletableFuture<>();
        TerminalListener listener = new TerminalListener() {
            @Override
            public boolean output(String data) {
                return true;
            }

            @Override
            public void closed(int exitCode) {
                ended.complete(exitCode);
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> terminals.open(empty, TerminalSize.DEFAULT, listener))
                .isInstanceOf(ai.iiagent.domain.shared.NotFoundException.class);
        assertThat(sandboxes.findActive(empty)).as("a terminal never creates a sandbox").isEmpty();

        SessionId session = newSession();
        run(session, "true");
        Instant created = sandboxes.findActive(session).orElseThrow().lastUsedAt();
        clock.advance(Duration.ofMinutes(20));
        Terminal terminal = terminals.open(session, TerminalSize.DEFAULT, listener);
        assertThat(sandboxes.findActive(session).orElseThrow().lastUsedAt()).as("opening alone is not use").isEqualTo(created);

        terminal.input("echo hi\n");

        assertThat(sandboxes.findActive(session).orElseThrow().lastUsedAt()).isEqualTo(clock.now());
        terminal.close();
        assertThat(ended.get(5, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
    }

    private String run(SessionId session, String command) {
        return lifecycle.port().run(session, new CommandRequest(command, Duration.ofSeconds(20), 64 * 1024), reservation)
                .stdout();
    }

    private void restart() {
        provider = newProvider();
        lifecycle = newLifecycle(provider);
    }

    private BubblewrapSandbox newProvider() {
        return new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    }

    private SandboxLifecycle newLifecycle(SandboxPort port) {
        return new SandboxLifecycle(port, sandboxes, sessions, events, clock,
                new SandboxPolicy(IDLE, LIFETIME, Duration.ofMinutes(5), 200), new SessionNoticeJson());
    }

    private List<SessionEvent> statusEvents(SessionId session) {
        return log.findAfter(session, 0, 1000, false).stream()
                .filter(event -> event.name() == EventName.SANDBOX_STATUS_CHANGED).toList();
    }

    private String statusAndReason(SessionEvent event) {
        return event.content().get("status") + "/" + event.content().get("reason");
    }

    private UserId newUser() {
        User user = User.register(UserId.random(), Email.of("lifecycle-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }

    private SessionId newSession() {
        return sessions.save(Session.start(SessionId.random(), owner, "lifecycle", AppKind.AGENT, null, clock.now())).id();
    }

    private SessionId fork(SessionId parent, SandboxMode mode) {
        Session child = sessions.findById(parent).orElseThrow().fork(SessionId.random(),
                new ForkRequest(ForkType.CONTINUE, mode, null, null), clock.now());
        return sessions.save(child).id();
    }
}
