package ai.iiagent.adapter.persistence.chat;

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
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatMessageRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The chat message repository contract on PostgreSQL. */
@QuarkusTest
class ChatMessagePersistenceAdapterContractTest extends ChatMessageRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SessionPersistenceAdapter sessions;

    @Inject
    ChatMessagePersistenceAdapter messages;

    @Override
    protected ChatMessageRepository repository() {
        return messages;
    }

    @Override
    protected SessionId newSession() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        User user = User.register(UserId.random(), Email.of("chat-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", now);
        users.save(user);
        return sessions.save(Session.start(SessionId.random(), user.id(), "chat", AppKind.CHAT, null, now)).id();
    }
}
