package ai.iiagent.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    @Test
    void givenGeneratedKey_thenMarkerPlus40Base62Characters() {
        assertThat(ApiKeySecret.generate().reveal()).matches("ii_[0-9A-Za-z]{40}");
    }

    @Test
    void givenTwoGeneratedKeys_thenDifferent() {
        assertThat(ApiKeySecret.generate().reveal()).isNotEqualTo(ApiKeySecret.generate().reveal());
    }

    @Test
    void givenKey_whenPresentedAgain_thenSameHashAndPrefix() {
        ApiKeySecret created = ApiKeySecret.generate();
        ApiKeySecret presented = ApiKeySecret.presented(created.reveal());

        assertThat(presented.hash()).isEqualTo(created.hash()).hasSize(64);
        assertThat(presented.prefix()).isEqualTo(created.reveal().substring(0, 8));
    }

    @Test
    void givenSecret_whenPrinted_thenOnlyPrefixShows() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertThat(secret.toString()).doesNotContain(secret.reveal()).contains(secret.prefix());
    }

    @Test
    void givenPassword_whenPrinted_thenMasked() {
        assertThat(Password.attempted("hunter2hunter2").toString()).doesNotContain("hunter2");
    }
}
