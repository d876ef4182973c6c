package ai.iiagent.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"not_found", "insufficient_credits", "a", "http2_error"})
    void givenSnakeCase_whenCreated_thenAccepted(String code) {
        assertThat(ErrorCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NotFound", "not-found", "_x", "x_", "a__b", "2fa_required", "with space"})
    void givenAnythingButSnakeCase_whenCreated_thenRejected(String code) {
        assertThatThrownBy(() -> ErrorCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
