package ai.iiagent.port.out.sandboxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sandboxes.SandboxState;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SandboxRepository} does. */
public abstract class SandboxRepositoryContractTest {

    protected abstract SandboxRepository repository();

    /** A live session to own sandboxes. */
    protected abstract SessionId newSession();

    /** Soft-deletes the session. */
    protected abstract void deleteSession(SessionId session);

    // Far in the future so rows other tests leave behind never show up in the time-based scans.
    private static final Instant T0 = Instant.parse("2300-01-01T10:00:00Z").truncatedTo(ChronoUnit.MICROS);
    private static final Duration LIFETIME = Duration.ofHours(24);

    private Sandbox running(SessionId session, Instant at) {
        Sandbox sandbox = Sandbox.creating(SandboxId.random(), session, "local", at, LIFETIME);
        repository().insert(sandbox);
        Sandbox started = sandbox.running("provider-" + session, Map.of("vscode_url", "https://x.example/" + session), at);
        repository().update(started);
        return started;
    }

    @Test
    void givenAStoredRecord_whenReadBack_thenEveryFieldSurvives() {
        SessionId session = newSession();
        Sandbox creating = Sandbox.creating(SandboxId.random(), session, "e2b", T0, LIFETIME);

        repository().insert(creating);
        assertThat(repository().findById(creating.id())).contains(creating);

        Sandbox started = creating.running("sbx-1", Map.of("template", "base"), T0.plusSeconds(3));
        repository().update(started);

        assertThat(repository().findById(creating.id())).contains(started);
        assertThat(repository().findActive(session)).contains(started);
        assertThat(repository().findById(SandboxId.random())).isEmpty();
    }

    @Test
    void givenAnActiveRecord_whenASecondIsInserted_thenConflictUntilTheFirstEnds() {
        SessionId session = newSession();
        Sandbox first = running(session, T0);

        assertThatThrownBy(() -> repository().insert(Sandbox.creating(SandboxId.random(), session, "local", T0, LIFETIME)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).code().value()).isEqualTo("sandbox_exists");

        repository().update(first.destroyed());
        assertThat(repository().findActive(session)).isEmpty();
        Sandbox second = Sandbox.creating(SandboxId.random(), session, "local", T0.plusSeconds(60), LIFETIME);
        repository().insert(second);

        assertThat(repository().findActive(session)).contains(second);
        assertThat(repository().findById(first.id())).get().extracting(Sandbox::state).isEqualTo(SandboxState.DESTROYED);
    }

    @Test
    void givenRunningAndPausedRecords_whenIdleOnesAreAskedFor_thenOnlyRunningOnesUnusedSinceTheCutoffInUseOrder() {
        Sandbox old = running(newSession(), T0);
        Sandbox older = running(newSession(), T0.minusSeconds(60));
        Sandbox fresh = running(newSession(), T0.plusSeconds(600));
        Sandbox paused = running(newSession(), T0.minusSeconds(120)).paused();
        repository().update(paused);

        assertThat(repository().findIdle(T0.plusSeconds(1), 10)).extracting(Sandbox::id)
                .containsExactly(older.id(), old.id());
        assertThat(repository().findIdle(T0.plusSeconds(1), 1)).extracting(Sandbox::id).containsExactly(older.id());
        assertThat(repository().findIdle(T0.plusSeconds(601), 10)).extracting(Sandbox::id).contains(fresh.id())
                .doesNotContain(paused.id());
    }

    @Test
    void givenRecordsPastTheirExpiry_whenExpiredOnesAreAskedFor_thenActiveOnesAtOrPastIt() {
        Sandbox expiring = running(newSession(), T0);
        Sandbox pausedExpiring = running(newSession(), T0.minusSeconds(10)).paused();
        repository().update(pausedExpiring);
        Sandbox gone = running(newSession(), T0.minusSeconds(20)).destroyed();
        repository().update(gone);
        running(newSession(), T0.plusSeconds(3600));

        assertThat(repository().findExpired(T0.plus(LIFETIME), 10)).extracting(Sandbox::id)
                .containsExactly(pausedExpiring.id(), expiring.id());
    }

    @Test
    void givenADeletedSession_whenGoneSessionsAreAskedFor_thenItsActiveRecordIsListed() {
        SessionId deleted = newSession();
        SessionId live = newSession();
        Sandbox ofDeleted = running(deleted, T0);
        Sandbox ofLive = running(live, T0);
        Sandbox ofMissing = running(SessionId.random(), T0);

        deleteSession(deleted);

        assertThat(repository().findOfGoneSessions(1000)).extracting(Sandbox::id)
                .contains(ofDeleted.id(), ofMissing.id()).doesNotContain(ofLive.id());
        repository().update(ofDeleted.destroyed());
        assertThat(repository().findOfGoneSessions(1000)).extracting(Sandbox::id).doesNotContain(ofDeleted.id());
    }
}
