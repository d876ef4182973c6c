package ai.iiagent.port.out.sandboxes;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.time.Instant;

/** The fake keeps the sandbox repository contract. */
class InMemorySandboxRepositoryContractTest extends SandboxRepositoryContractTest {

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemorySandboxRepository repository = new InMemorySandboxRepository(sessions);

    @Override
    protected SandboxRepository repository() {
        return repository;
    }

    @Override
    protected SessionId newSession() {
        return sessions.save(Session.start(SessionId.random(), UserId.random(), "s", AppKind.AGENT, null, Instant.now())).id();
    }

    @Override
    protected void deleteSession(SessionId session) {
        sessions.save(sessions.findById(session).orElseThrow().deleted(Instant.now()));
    }
}
