package ai.iiagent.domain.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void givenMixedCaseAndSpaces_whenCreated_thenNormalisedToTrimmedLowerCase() {
        assertThat(Email.of("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void givenTwoSpellingsOfOneAddress_whenCompared_thenEqual() {
        assertThat(Email.of("A@B.io")).isEqualTo(Email.of("a@b.io"));
    }

    @Test
    void givenAddress_whenAskedForDomain_thenReturnsPartAfterAt() {
        assertThat(Email.of("x@ii.inc").domain()).isEqualTo("ii.inc");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "a@b", "a b@c.io", "@c.io", "a@@c.io", "a@c.", "a@c.io."})
    void givenMalformedAddress_whenCreated_thenRejectedWithInvalidEmail(String raw) {
        assertThatThrownBy(() -> Email.of(raw))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code().value())
                .isEqualTo("invalid_email");
    }

    @Test
    void givenAddressLongerThan254_whenCreated_thenRejected() {
        String local = "a".repeat(250);
        assertThatThrownBy(() -> Email.of(local + "@x.io")).isInstanceOf(ValidationException.class);
    }
}
