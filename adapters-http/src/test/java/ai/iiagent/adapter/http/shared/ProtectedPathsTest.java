package ai.iiagent.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProtectedPathsTest {

    @Test
    void givenClassTemplate_whenTurnedIntoPrefix_thenMatchesItAndBelowOnly() {
        assertThat(ProtectedPaths.prefix("/v1/assets").matcher("/v1/assets/avatar").matches()).isTrue();
        assertThat(ProtectedPaths.prefix("/v1/assets").matcher("/v1/assets").matches()).isTrue();
        assertThat(ProtectedPaths.prefix("/v1/assets").matcher("/v1/assetsX").matches()).isFalse();
        assertThat(ProtectedPaths.prefix("/v1/sessions/{id}/events").matcher("/v1/sessions/abc/events").matches()).isTrue();
        assertThat(ProtectedPaths.prefix("/v1/sessions/{id}/events").matcher("/v1/sessions/a/b/events").matches()).isFalse();
        assertThat(ProtectedPaths.prefix("/v1/storage/local/{key: .+}").matcher("/v1/storage/local/a/b").matches()).isTrue();
        assertThat(ProtectedPaths.prefix("/v1/x.y").matcher("/v1/xzy").matches()).isFalse();
    }
}
