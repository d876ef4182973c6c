package ai.iiagent.port.out.credits;

import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.port.out.tx.UnitOfWork;

/** The in-memory fake keeps the credit reservation repository contract. */
class InMemoryCreditReservationRepositoryContractTest extends CreditReservationRepositoryContractTest {

    private final InMemoryCreditReservationRepository repository = new InMemoryCreditReservationRepository();

    @Override
    protected CreditReservationRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return new DirectUnitOfWork();
    }

    @Override
    protected UserId newUser() {
        return UserId.random();
    }
}
