package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.settings.McpSettingRepository;
import ai.iiagent.port.out.settings.McpSettingRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The MCP setting repository contract on PostgreSQL. */
@QuarkusTest
class McpSettingPersistenceAdapterContractTest extends McpSettingRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    McpSettingPersistenceAdapter settings;

    @Override
    protected McpSettingRepository repository() {
        return settings;
    }

    @Override
    protected UserId newUser() {
        User user = User.register(UserId.random(), Email.of("mcp-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }
}
