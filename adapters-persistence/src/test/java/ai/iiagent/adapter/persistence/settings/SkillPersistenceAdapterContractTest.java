package ai.iiagent.adapter.persistence.settings;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.settings.SkillRepositoryContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The skill repository contract on PostgreSQL. */
@QuarkusTest
class SkillPersistenceAdapterContractTest extends SkillRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    SkillPersistenceAdapter skills;

    @Override
    protected SkillRepository repository() {
        return skills;
    }

    @Override
    protected UserId newUser() {
        User user = User.register(UserId.random(), Email.of("skills-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }
}
