package ai.iiagent.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.auth.Password;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void givenPassword_whenHashed_thenArgon2idPhcStringWithoutThePassword() {
        String hash = hasher.hash(Password.chosen("correct horse battery"));

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
    }

    @Test
    void givenSamePasswordTwice_whenHashed_thenDifferentSalts() {
        assertThat(hasher.hash(Password.chosen("correct horse battery")))
                .isNotEqualTo(hasher.hash(Password.chosen("correct horse battery")));
    }

    @Test
    void givenHash_whenChecked_thenOnlyTheRightPasswordMatches() {
        String hash = hasher.hash(Password.chosen("correct horse battery"));

        assertThat(hasher.matches(Password.attempted("correct horse battery"), hash)).isTrue();
        assertThat(hasher.matches(Password.attempted("correct horse batterY"), hash)).isFalse();
        assertThat(hasher.matches(Password.attempted(""), hash)).isFalse();
    }

    @Test
    void givenMalformedStoredHash_whenChecked_thenFalseNotException() {
        assertThat(hasher.matches(Password.attempted("x"), "not-a-hash")).isFalse();
    }
}
