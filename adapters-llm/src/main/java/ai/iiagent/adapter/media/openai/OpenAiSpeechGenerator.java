package ai.iiagent.adapter.media.openai;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * OpenAI's speech API: {@code POST /v1/audio/speech {model, input, voice, response_format}} answering
 * the audio bytes. Error answers are JSON ({@code error.message}) and passed on without the key.
 */
public final class OpenAiSpeechGenerator implements SpeechPaidToolPort {

    private static final Set<String> VOICES = Set.of("alloy", "ash", "ballad", "coral", "echo", "fable", "onyx",
            "nova", "sage", "shimmer", "verse");

    private final ObjectMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public OpenAiSpeechGenerator(ObjectMapper json, String baseUrl, String apiKey, Duration timeout) {
        this.json = json;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public String provider() {
        return OpenAiImageGenerator.PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel("gpt-4o-mini-tts", provider(), "OpenAI GPT-4o mini TTS", MediaKind.SPEECH, false),
                new MediaModel("tts-1", provider(), "OpenAI TTS 1", MediaKind.SPEECH, false),
                new MediaModel("tts-1-hd", provider(), "OpenAI TTS 1 HD", MediaKind.SPEECH, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no OpenAI API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedSpeech generate(SpeechRequest request, CreditReservation reservation) {
        String model = request.model() == null ? models().get(0).id() : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown OpenAI speech model '" + model + "'");
        }
        String voice = request.voice() == null ? "alloy" : request.voice();
        if (!VOICES.contains(voice)) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "voice must be one of " + VOICES);
        }
        ObjectNode body = json.createObjectNode().put("model", model).put("input", request.text()).put("voice", voice)
                .put("response_format", request.format().extension());
        HttpRequest call = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/audio/speech")).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "OpenAI did not answer within " + timeout.toSeconds()
                    + " s", e);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the call to OpenAI failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "the call to OpenAI was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "OpenAI answered HTTP " + response.statusCode()
                    + reason(response.body()));
        }
        return new GeneratedSpeech(response.body(), request.format().contentType(),
                request.text().codePointCount(0, request.text().length()), model, provider());
    }

    private String reason(byte[] body) {
        try {
            JsonNode message = json.readTree(new String(body, StandardCharsets.UTF_8)).path("error").path("message");
            return message.isTextual() ? ": " + message.asText() : "";
        } catch (IOException e) {
            return "";
        }
    }
}
