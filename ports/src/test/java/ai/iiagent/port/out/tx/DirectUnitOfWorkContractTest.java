package ai.iiagent.port.out.tx;

class DirectUnitOfWorkContractTest extends UnitOfWorkContractTest {

    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
