package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.users.UserId;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes pass the same contracts as the database adapters. */
class InMemorySessionsContractTest {

    @Nested
    class Sessions extends SessionRepositoryContractTest {
        private final InMemorySessionRepository repository = new InMemorySessionRepository();

        @Override
        protected SessionRepository repository() {
            return repository;
        }

        @Override
        protected UserId existingUser() {
            return UserId.random();
        }
    }

    @Nested
    class Events extends SessionEventRepositoryContractTest {
        private final InMemorySessionEventRepository repository = new InMemorySessionEventRepository();

        @Override
        protected SessionEventRepository repository() {
            return repository;
        }
    }

    @Nested
    class Plans extends SessionPlanRepositoryContractTest {
        private final InMemorySessionPlanRepository repository = new InMemorySessionPlanRepository();

        @Override
        protected SessionPlanRepository repository() {
            return repository;
        }

        @Override
        protected ai.iiagent.domain.sessions.SessionId existingSession() {
            return ai.iiagent.domain.sessions.SessionId.random();
        }
    }

    @Nested
    class Marks extends SessionMarkRepositoryContractTest {
        private final InMemorySessionRepository sessions = new InMemorySessionRepository();
        private final InMemorySessionMarkRepository repository = new InMemorySessionMarkRepository(sessions);

        @Override
        protected SessionMarkRepository repository() {
            return repository;
        }

        @Override
        protected SessionRepository sessions() {
            return sessions;
        }

        @Override
        protected UserId existingUser() {
            return UserId.random();
        }
    }
}
