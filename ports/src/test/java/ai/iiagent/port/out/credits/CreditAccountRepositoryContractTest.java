package ai.iiagent.port.out.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.tx.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * {@link CreditAccountRepository}'s contract, run against the in-memory fake and against PostgreSQL:
 * an account opens at zero on first lock, and an update stores only over the version it read.
 */
public abstract class CreditAccountRepositoryContractTest {

    protected abstract CreditAccountRepository repository();

    /** Runs work in one unit of work (PostgreSQL locks and updates only inside a transaction). */
    protected abstract UnitOfWork unitOfWork();

    /** A new user with no credit account yet. */
    protected abstract UserId newUser();

    @Test
    void givenNoAccount_thenLockOrOpenOpensOneAtZero_andItIsStored() {
        UserId user = newUser();

        assertThat(repository().find(user)).isEmpty();
        CreditAccount opened = unitOfWork().inTransaction(() -> repository().lockOrOpen(user));

        assertThat(opened.userId()).isEqualTo(user);
        assertThat(opened.regular()).isEqualTo(Credits.ZERO);
        assertThat(opened.bonus()).isEqualTo(Credits.ZERO);
        assertThat(opened.reconciliationRequired()).isFalse();
        assertThat(repository().find(user)).contains(opened);
        assertThat(unitOfWork().inTransaction(() -> repository().lockOrOpen(user))).isEqualTo(opened);
    }

    @Test
    void givenAnUpdateOverTheVersionRead_thenItIsStoredWithTheNextVersion() {
        UserId user = newUser();
        CreditAccount read = unitOfWork().inTransaction(() -> repository().lockOrOpen(user));
        CreditAccount changed = new CreditAccount(user, Credits.of("12.5"), Credits.of(3), true, read.version());

        CreditAccount stored = unitOfWork().inTransaction(() -> repository().update(changed));

        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(repository().find(user)).hasValueSatisfying(found -> {
            assertThat(found.regular()).isEqualTo(Credits.of("12.5"));
            assertThat(found.bonus()).isEqualTo(Credits.of(3));
            assertThat(found.reconciliationRequired()).isTrue();
            assertThat(found.version()).isEqualTo(stored.version());
        });
    }

    @Test
    void givenAStaleVersion_thenTheUpdateIsRefusedWithAConflict_andNothingIsStored() {
        UserId user = newUser();
        CreditAccount read = unitOfWork().inTransaction(() -> repository().lockOrOpen(user));
        unitOfWork().inTransaction(() -> repository().update(
                new CreditAccount(user, Credits.of(5), Credits.ZERO, false, read.version())));

        assertThatThrownBy(() -> unitOfWork().inTransaction(() -> repository().update(
                new CreditAccount(user, Credits.of(999), Credits.ZERO, false, read.version()))))
                .isInstanceOf(ConflictException.class);
        assertThat(repository().find(user)).hasValueSatisfying(found ->
                assertThat(found.regular()).isEqualTo(Credits.of(5)));
    }
}
