package ai.iiagent.adapter.persistence.files;

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
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.files.AssetRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The asset repository contract on PostgreSQL. */
@QuarkusTest
class AssetPersistenceAdapterContractTest extends AssetRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    AssetPersistenceAdapter assets;

    @Override
    protected AssetRepository repository() {
        return assets;
    }

    @Override
    protected UserId newUser() {
        User user = User.register(UserId.random(), Email.of("assets-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }

    @Override
    protected SessionId newSession(UserId owner) {
        return sessions.save(Session.start(SessionId.random(), owner, "files", AppKind.AGENT, null,
                Instant.now().truncatedTo(ChronoUnit.MICROS))).id();
    }
}
