package ai.iiagent.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @Test
    void givenWellFormedIncomingId_whenAccepted_thenKept() {
        assertThat(RequestIds.accept("lb-7f3a:2026.11.25_x")).isEqualTo("lb-7f3a:2026.11.25_x");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "has space in it", "line\nbreak-forging-logs", "Bearer eyJhbGciOiJIUzI1NiJ9.x.y"})
    void givenMissingOrUnsafeIncomingId_whenAccepted_thenFreshUuid(String incoming) {
        assertThat(RequestIds.accept(incoming)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void givenIdLongerThan64_whenAccepted_thenReplaced() {
        assertThat(RequestIds.accept("a".repeat(65))).hasSize(36);
    }
}
