package ai.iiagent.adapter.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.port.out.tx.UnitOfWorkContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared contract plus what only a real transaction can show: rollback and commit of writes. */
@QuarkusTest
class QuarkusUnitOfWorkTest extends UnitOfWorkContractTest {

    @Inject
    QuarkusUnitOfWork unitOfWork;

    @Inject
    UserPersistenceAdapter users;

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Test
    void givenWorkFailsAfterTwoWrites_whenRun_thenNeitherWriteIsVisible() {
        User first = newUser();
        User second = newUser();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            users.save(first);
            users.save(second);
            throw new ConflictException("abort after writing");
        })).isInstanceOf(ConflictException.class);

        assertThat(users.findById(first.id())).isEmpty();
        assertThat(users.findById(second.id())).isEmpty();
    }

    @Test
    void givenWorkSucceeds_whenRun_thenBothWritesCommitted() {
        User first = newUser();
        User second = newUser();

        unitOfWork.run(() -> {
            users.save(first);
            users.save(second);
        });

        assertThat(users.findById(first.id())).isPresent();
        assertThat(users.findById(second.id())).isPresent();
    }

    private static User newUser() {
        return User.register(UserId.random(), Email.of("uow-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
