package ai.iiagent.adapter.media.google;

import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import com.fasterxml.jackson.databind.JsonNode;

/** Google's error answers ({@code {"error": {"code", "message", "status"}}}) as failures, without the key. */
final class GoogleErrors {

    private GoogleErrors() {
    }

    static MediaGenerationFailedException of(ProviderHttp http, ProviderHttp.Answer answer) {
        JsonNode error = http.parse(answer).path("error");
        String message = error.path("message").asText("");
        String status = error.path("status").asText("");
        return new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "Google answered HTTP " + answer.status()
                + (status.isBlank() ? "" : " " + status) + (message.isBlank() ? "" : ": " + message));
    }
}
