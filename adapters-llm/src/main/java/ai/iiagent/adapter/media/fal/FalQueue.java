package ai.iiagent.adapter.media.fal;

import ai.iiagent.adapter.media.ProviderHttp;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fal.ai's queue API ({@code Authorization: Key ...}): {@code POST {queue}/{model}} with the model's
 * input answers {@code request_id}, {@code status_url} and {@code response_url}; {@code GET status_url}
 * is polled until {@code status} is {@code COMPLETED} ({@code IN_QUEUE}, {@code IN_PROGRESS} before);
 * {@code GET response_url} answers the model's output, or its error: a {@code detail} list of typed
 * errors ({@code content_policy_violation} is {@link Kind#CONTENT_POLICY}) or a {@code detail} text.
 * The key is sent only to URLs under the configured queue base; a status or result URL elsewhere is
 * refused.
 */
final class FalQueue {

    private final ProviderHttp http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration pollInterval;

    FalQueue(ObjectMapper json, String baseUrl, String apiKey, Duration pollInterval) {
        this.http = new ProviderHttp("fal.ai", json);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.pollInterval = pollInterval;
    }

    /** Runs {@code model} on {@code input} through the queue and answers its output. */
    JsonNode run(String model, ObjectNode input, ProviderHttp.Deadline deadline) {
        Map<String, String> key = Map.of("Authorization", "Key " + apiKey);
        ProviderHttp.Answer submitted = http.postJson(baseUrl + "/" + model, key, input, deadline);
        if (!submitted.ok()) {
            throw error(submitted);
        }
        JsonNode ticket = http.parse(submitted);
        String requestId = ticket.path("request_id").asText("");
        if (requestId.isBlank()) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai answered without a request id");
        }
        String statusUrl = ours(ticket.path("status_url").asText(""), "status");
        String responseUrl = ours(ticket.path("response_url").asText(""), "response");
        while (true) {
            ProviderHttp.Answer polled = http.get(statusUrl, key, deadline);
            if (!polled.ok()) {
                throw error(polled);
            }
            String status = http.parse(polled).path("status").asText("");
            if (status.equals("COMPLETED")) {
                break;
            }
            if (!status.equals("IN_QUEUE") && !status.equals("IN_PROGRESS")) {
                throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai reported the request as '"
                        + status + "'");
            }
            http.pause(pollInterval, deadline);
        }
        ProviderHttp.Answer result = http.get(responseUrl, key, deadline);
        if (!result.ok()) {
            throw error(result);
        }
        return http.parse(result);
    }

    private String ours(String url, String what) {
        URI base = URI.create(baseUrl + "/");
        URI given;
        try {
            given = URI.create(url);
        } catch (IllegalArgumentException e) {
            given = null;
        }
        if (given == null || url.isBlank() || !url.startsWith(baseUrl + "/") || !base.getHost().equals(given.getHost())) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai answered a " + what
                    + " URL outside its queue");
        }
        return url;
    }

    private MediaGenerationFailedException error(ProviderHttp.Answer answer) {
        JsonNode detail = http.parse(answer).path("detail");
        if (detail.isArray()) {
            List<String> messages = new ArrayList<>();
            boolean refused = false;
            for (JsonNode problem : detail) {
                refused |= problem.path("type").asText("").equals("content_policy_violation");
                messages.add(problem.path("msg").asText(problem.path("type").asText("")));
            }
            return new MediaGenerationFailedException(refused ? Kind.CONTENT_POLICY : Kind.PROVIDER_ERROR,
                    "fal.ai answered HTTP " + answer.status() + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        }
        String text = detail.isTextual() ? detail.asText() : "";
        return new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "fal.ai answered HTTP " + answer.status()
                + (text.isBlank() ? "" : ": " + text));
    }
}
