package ai.iiagent.port.out.credits;

import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.port.out.tx.UnitOfWork;

/** The in-memory fake keeps the credit account repository contract. */
class InMemoryCreditAccountRepositoryContractTest extends CreditAccountRepositoryContractTest {

    private final InMemoryCreditAccountRepository repository = new InMemoryCreditAccountRepository();

    @Override
    protected CreditAccountRepository repository() {
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
