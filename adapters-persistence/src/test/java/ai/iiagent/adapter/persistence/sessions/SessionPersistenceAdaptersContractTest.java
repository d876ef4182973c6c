package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.sessions.SessionEventRepositoryContractTest;
import ai.iiagent.port.out.sessions.SessionMarkRepository;
import ai.iiagent.port.out.sessions.SessionMarkRepositoryContractTest;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionPlanRepositoryContractTest;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.sessions.SessionRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Nested;

/** The sessions, plans and event-log contracts on PostgreSQL (including eight concurrent writers). */
@QuarkusTest
class SessionPersistenceAdaptersContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    SessionEventPersistenceAdapter events;

    @Inject
    SessionMarkPersistenceAdapter marks;

    @Inject
    SessionPlanPersistenceAdapter plans;

    UserId newUser() {
        User user = User.register(UserId.random(), Email.of("sessions-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }

    @Nested
    class Plans extends SessionPlanRepositoryContractTest {
        @Override
        protected SessionPlanRepository repository() {
            return plans;
        }

        @Override
        protected SessionId existingSession() {
            return sessions.save(Session.start(SessionId.random(), newUser(), "planned", AppKind.AGENT, null,
                    Instant.now().truncatedTo(ChronoUnit.MICROS))).id();
        }
    }

    @Nested
    class Marks extends SessionMarkRepositoryContractTest {
        @Override
        protected SessionMarkRepository repository() {
            return marks;
        }

        @Override
        protected SessionRepository sessions() {
            return sessions;
        }

        @Override
        protected UserId existingUser() {
            return newUser();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContractTest {
        @Override
        protected SessionRepository repository() {
            return sessions;
        }

        @Override
        protected UserId existingUser() {
            return newUser();
        }
    }

    @Nested
    class Events extends SessionEventRepositoryContractTest {
        @Override
        protected SessionEventRepository repository() {
            return events;
        }
    }
}
