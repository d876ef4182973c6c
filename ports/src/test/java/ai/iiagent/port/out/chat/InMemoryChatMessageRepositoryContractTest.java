package ai.iiagent.port.out.chat;

import ai.iiagent.domain.sessions.SessionId;

/** The in-memory fake keeps the chat message repository contract. */
class InMemoryChatMessageRepositoryContractTest extends ChatMessageRepositoryContractTest {

    private final InMemoryChatMessageRepository repository = new InMemoryChatMessageRepository();

    @Override
    protected ChatMessageRepository repository() {
        return repository;
    }

    @Override
    protected SessionId newSession() {
        return SessionId.random();
    }
}
