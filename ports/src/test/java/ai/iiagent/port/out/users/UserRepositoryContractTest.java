package ai.iiagent.port.out.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.Language;
import ai.iiagent.domain.users.PersonName;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.domain.users.UserSnapshot;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link UserRepository} must have. Subclass it once per implementation
 * (in-memory fake here, the Panache adapter on real PostgreSQL in adapters-persistence).
 * Tests create their own uniquely named users so they also pass on a database with other rows.
 */
public abstract class UserRepositoryContractTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    /** The implementation under test. */
    protected abstract UserRepository repository();

    @Test
    void givenSavedUser_whenFoundById_thenEveryFieldRoundTrips() {
        User user = User.rehydrate(new UserSnapshot(UserId.random(), uniqueEmail(), "Ada", "Lovelace",
                "https://example.org/ada.png", UserRole.ADMIN, Language.JA, true, "google", NOW,
                NOW.plusSeconds(3)));

        repository().save(user);

        assertThat(repository().findById(user.id())).get()
                .extracting(User::snapshot).isEqualTo(user.snapshot());
    }

    @Test
    void givenSavedUser_whenFoundByEmail_thenFound() {
        User user = newUser(uniqueEmail());
        repository().save(user);

        assertThat(repository().findByEmail(user.email())).contains(user);
    }

    @Test
    void givenUnknownIdOrEmail_whenFound_thenEmpty() {
        assertThat(repository().findById(UserId.random())).isEmpty();
        assertThat(repository().findByEmail(uniqueEmail())).isEmpty();
    }

    @Test
    void givenExistingUser_whenSavedAgainWithChanges_thenStoredStateReplaced() {
        User original = newUser(uniqueEmail());
        repository().save(original);
        UserSnapshot s = original.snapshot();
        User changed = User.rehydrate(new UserSnapshot(s.id(), s.email(), "New", null, null, UserRole.USER,
                Language.VI, false, s.loginProvider(), s.createdAt(), s.updatedAt().plusSeconds(60)));

        repository().save(changed);

        assertThat(repository().findById(original.id())).get()
                .extracting(User::snapshot).isEqualTo(changed.snapshot());
    }

    @Test
    void givenEmailTakenByAnotherUser_whenSaved_thenRejectedAndOriginalKept() {
        Email email = uniqueEmail();
        User first = newUser(email);
        repository().save(first);

        assertThatThrownBy(() -> repository().save(newUser(email)))
                .isInstanceOf(EmailAlreadyRegisteredException.class);
        assertThat(repository().findByEmail(email)).contains(first);
    }

    @Test
    void givenAtLeastOneUser_whenAskedIfAnyExists_thenTrue() {
        repository().save(newUser(uniqueEmail()));

        assertThat(repository().existsAny()).isTrue();
    }

    protected static Email uniqueEmail() {
        return Email.of("contract-" + UUID.randomUUID() + "@example.org");
    }

    protected static User newUser(Email email) {
        return User.register(UserId.random(), email, PersonName.unknown(), UserRole.USER, "local", NOW);
    }
}
