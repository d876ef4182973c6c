package ai.iiagent.adapter.persistence.sandboxes;

import ai.iiagent.adapter.persistence.sessions.SessionPersistenceAdapter;
import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.sandboxes.SandboxRepository;
import ai.iiagent.port.out.sandboxes.SandboxRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/** The sandbox repository contract on PostgreSQL. */
@QuarkusTest
class SandboxPersistenceAdapterContractTest extends SandboxRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    SandboxPersistenceAdapter sandboxes;

    @Inject
    EntityManager entityManager;

    private UserId owner;

    // The scans see the whole table, so each case starts from an empty one.
    @BeforeEach
    @Transactional
    void emptyTable() {
        entityManager.createNativeQuery("DELETE FROM sandboxes").executeUpdate();
        User user = User.register(UserId.random(), Email.of("sandboxes-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", now());
        users.save(user);
        owner = user.id();
    }

    @Override
    protected SandboxRepository repository() {
        return sandboxes;
    }

    @Override
    protected SessionId newSession() {
        return sessions.save(Session.start(SessionId.random(), owner, "sandbox", AppKind.AGENT, null, now())).id();
    }

    @Override
    protected void deleteSession(SessionId session) {
        sessions.save(sessions.findById(session).orElseThrow().deleted(now()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
