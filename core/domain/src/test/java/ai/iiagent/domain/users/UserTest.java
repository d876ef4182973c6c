package ai.iiagent.domain.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void givenNewAccount_whenRegistered_thenActiveEnglishWithBothTimestampsNow() {
        User user = User.register(UserId.random(), Email.of("a@b.io"), new PersonName(" Ada ", ""),
                UserRole.USER, "local", NOW);

        assertThat(user.isActive()).isTrue();
        assertThat(user.language()).isEqualTo(Language.EN);
        assertThat(user.name()).isEqualTo(new PersonName("Ada", null));
        assertThat(user.snapshot().createdAt()).isEqualTo(NOW);
        assertThat(user.snapshot().updatedAt()).isEqualTo(NOW);
        assertThat(user.isAdmin()).isFalse();
    }

    @Test
    void givenSnapshot_whenRehydrated_thenSnapshotRoundTripsUnchanged() {
        UserSnapshot stored = new UserSnapshot(UserId.random(), Email.of("b@c.io"), "B", "C", "https://x/a.png",
                UserRole.ADMIN, Language.JA, false, "google", NOW, NOW.plusSeconds(5));

        User user = User.rehydrate(stored);

        assertThat(user.snapshot()).isEqualTo(stored);
        assertThat(user.isAdmin()).isTrue();
        assertThat(user.isActive()).isFalse();
    }

    @Test
    void givenTwoUsersWithSameId_whenCompared_thenEqualRegardlessOfState() {
        UserId id = UserId.random();
        User first = User.register(id, Email.of("a@b.io"), PersonName.unknown(), UserRole.USER, "local", NOW);
        User renamed = User.register(id, Email.of("z@b.io"), new PersonName("Z", null), UserRole.USER, "local", NOW);

        assertThat(first).isEqualTo(renamed).hasSameHashCodeAs(renamed);
    }

    @Test
    void givenUnknownRoleCode_whenParsed_thenRejectedWithStableCode() {
        assertThat(UserRole.fromCode("admin")).isEqualTo(UserRole.ADMIN);
        assertThatThrownBy(() -> UserRole.fromCode("root"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code().value()).isEqualTo("invalid_role"));
    }

    @Test
    void givenUnsupportedLanguage_whenParsed_thenRejectedWithStableCode() {
        assertThat(Language.fromCode("vi")).isEqualTo(Language.VI);
        assertThatThrownBy(() -> Language.fromCode("fr"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code().value()).isEqualTo("unsupported_language"));
    }

    @Test
    void givenNameLongerThan100_whenCreated_thenRejected() {
        assertThatThrownBy(() -> new PersonName("x".repeat(101), null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code().value()).isEqualTo("name_too_long"));
    }
}
