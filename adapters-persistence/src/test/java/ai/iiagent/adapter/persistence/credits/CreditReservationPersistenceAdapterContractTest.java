package ai.iiagent.adapter.persistence.credits;

import ai.iiagent.adapter.persistence.tx.QuarkusUnitOfWork;
import ai.iiagent.adapter.persistence.users.UserPersistenceAdapter;
import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditReservationRepositoryContractTest;
import ai.iiagent.port.out.tx.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The credit reservation repository contract on PostgreSQL. */
@QuarkusTest
class CreditReservationPersistenceAdapterContractTest extends CreditReservationRepositoryContractTest {

    @Inject
    UserPersistenceAdapter users;

    @Inject
    CreditReservationPersistenceAdapter reservations;

    @Inject
    QuarkusUnitOfWork unitOfWork;

    @Override
    protected CreditReservationRepository repository() {
        return reservations;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected UserId newUser() {
        User user = User.register(UserId.random(), Email.of("reservations-" + UUID.randomUUID() + "@example.org"),
                PersonName.unknown(), UserRole.USER, "local", Instant.now().truncatedTo(ChronoUnit.MICROS));
        users.save(user);
        return user.id();
    }
}
