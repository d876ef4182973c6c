package ai.iiagent.port.out.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.sessions.MarkedSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link SessionMarkRepository} must have. */
public abstract class SessionMarkRepositoryContractTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract SessionMarkRepository repository();

    protected abstract SessionRepository sessions();

    protected abstract UserId existingUser();

    @Test
    void givenSession_whenPinnedTwiceAndUnpinnedTwice_thenIdempotent() {
        UserId user = existingUser();
        Session session = session(user, "pinned");

        assertThat(repository().add(user, session.id(), MarkKind.PIN, T0)).isTrue();
        assertThat(repository().add(user, session.id(), MarkKind.PIN, T0.plusSeconds(1))).isFalse();
        assertThat(repository().list(user, MarkKind.PIN)).extracting(MarkedSession::sessionId)
                .containsExactly(session.id());
        assertThat(repository().list(user, MarkKind.WISHLIST)).isEmpty();

        assertThat(repository().remove(user, session.id(), MarkKind.PIN)).isTrue();
        assertThat(repository().remove(user, session.id(), MarkKind.PIN)).isFalse();
        assertThat(repository().list(user, MarkKind.PIN)).isEmpty();
    }

    @Test
    void givenSeveralMarks_whenListed_thenNewestFirstWithSessionDetails_andDeletedSessionsHidden() {
        UserId user = existingUser();
        Session older = session(user, "older");
        Session newer = session(user, "newer");
        Session deleted = session(user, "deleted");
        repository().add(user, older.id(), MarkKind.WISHLIST, T0);
        repository().add(user, newer.id(), MarkKind.WISHLIST, T0.plusSeconds(5));
        repository().add(user, deleted.id(), MarkKind.WISHLIST, T0.plusSeconds(9));
        sessions().save(deleted.deleted(T0.plusSeconds(10)));

        assertThat(repository().list(user, MarkKind.WISHLIST))
                .extracting(MarkedSession::sessionName).containsExactly("newer", "older");
        MarkedSession first = repository().list(user, MarkKind.WISHLIST).get(0);
        assertThat(first.markedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(first.agentType()).isEqualTo("general");
        assertThat(first.sessionCreatedAt()).isEqualTo(T0);
    }

    private Session session(UserId owner, String name) {
        return sessions().save(Session.start(SessionId.random(), owner, name, AppKind.AGENT, null, T0));
    }
}
