package ai.iiagent.port.out.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ConflictException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} does with results and failures. Rollback of real writes is
 * proven by each transactional adapter's own test, since the fake has nothing to roll back.
 */
public abstract class UnitOfWorkContractTest {

    protected abstract UnitOfWork unitOfWork();

    @Test
    void givenWorkWithResult_whenRun_thenResultReturned() {
        assertThat(unitOfWork().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void givenWorkWithoutResult_whenRun_thenWorkExecuted() {
        AtomicBoolean ran = new AtomicBoolean();

        unitOfWork().run(() -> ran.set(true));

        assertThat(ran).isTrue();
    }

    @Test
    void givenWorkThrowsDomainError_whenRun_thenSameExceptionReachesCaller() {
        ConflictException failure = new ConflictException("clash");

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void givenNestedUnitsOfWork_whenRun_thenInnerResultFlowsOut() {
        assertThat(unitOfWork().inTransaction(() -> unitOfWork().inTransaction(() -> "inner"))).isEqualTo("inner");
    }
}
