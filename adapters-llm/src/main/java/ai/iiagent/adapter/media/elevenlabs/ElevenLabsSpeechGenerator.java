package ai.iiagent.adapter.media.elevenlabs;

import ai.iiagent.adapter.media.ProviderHttp;
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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ElevenLabs text to speech: {@code POST /v1/text-to-speech/{voice_id}?output_format=...} with the key
 * in {@code xi-api-key} and {@code {text, model_id}}, answering the audio bytes. MP3 is asked as
 * {@code mp3_44100_128}; WAV as {@code pcm_24000} (raw 16-bit mono PCM, available on every plan), to
 * which a WAV header is added here. The voice is an ElevenLabs voice id (20 letters and digits; default
 * {@code JBFqnCBsd6RMkjVDRZzb}). Error answers are JSON, {@code detail: {status, message}} (a bad key or
 * an exhausted quota: 401) or a {@code detail} list (422 validation), passed on without the key.
 */
public final class ElevenLabsSpeechGenerator implements SpeechPaidToolPort {

    public static final String PROVIDER = "elevenlabs";
    static final String DEFAULT_VOICE = "JBFqnCBsd6RMkjVDRZzb";
    static final int PCM_RATE = 24_000;
    private static final Pattern VOICE_ID = Pattern.compile("[A-Za-z0-9]{20}");

    private final ObjectMapper json;
    private final ProviderHttp http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    public ElevenLabsSpeechGenerator(ObjectMapper json, String baseUrl, String apiKey, Duration timeout) {
        this.json = json;
        this.http = new ProviderHttp("ElevenLabs", json);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel("eleven_multilingual_v2", PROVIDER, "ElevenLabs Multilingual v2", MediaKind.SPEECH, false),
                new MediaModel("eleven_flash_v2_5", PROVIDER, "ElevenLabs Flash v2.5", MediaKind.SPEECH, false));
    }

    @Override
    public MediaAvailability availability() {
        return apiKey == null || apiKey.isBlank() ? MediaAvailability.unavailable("no ElevenLabs API key is configured")
                : MediaAvailability.READY;
    }

    @Override
    public GeneratedSpeech generate(SpeechRequest request, CreditReservation reservation) {
        String model = request.model() == null ? models().get(0).id() : request.model();
        if (models().stream().noneMatch(offered -> offered.id().equals(model))) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown ElevenLabs speech model '" + model + "'");
        }
        String voice = request.voice() == null ? DEFAULT_VOICE : request.voice();
        if (!VOICE_ID.matcher(voice).matches()) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST,
                    "an ElevenLabs voice is a voice id of 20 letters and digits, e.g. " + DEFAULT_VOICE);
        }
        boolean mp3 = request.format() == SpeechRequest.AudioFormat.MP3;
        ObjectNode body = json.createObjectNode().put("text", request.text()).put("model_id", model);
        ProviderHttp.Answer answer = http.postJson(baseUrl + "/v1/text-to-speech/" + voice + "?output_format="
                        + (mp3 ? "mp3_44100_128" : "pcm_" + PCM_RATE),
                Map.of("xi-api-key", apiKey, "Accept", mp3 ? "audio/mpeg" : "audio/pcm"), body,
                ProviderHttp.Deadline.in(timeout));
        if (!answer.ok()) {
            throw error(answer);
        }
        if (answer.body().length == 0) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "ElevenLabs answered without audio");
        }
        byte[] audio = mp3 ? answer.body() : wav(answer.body());
        return new GeneratedSpeech(audio, request.format().contentType(),
                request.text().codePointCount(0, request.text().length()), model, PROVIDER);
    }

    private MediaGenerationFailedException error(ProviderHttp.Answer answer) {
        JsonNode detail = http.parse(answer).path("detail");
        String reason;
        if (detail.isArray()) {
            List<String> messages = new ArrayList<>();
            detail.forEach(problem -> messages.add(String.join(".", texts(problem.path("loc"))) + ": "
                    + problem.path("msg").asText("")));
            reason = String.join("; ", messages);
        } else if (detail.isObject()) {
            String status = detail.path("status").asText("");
            reason = (status.isBlank() ? "" : "(" + status + ") ") + detail.path("message").asText("");
        } else {
            reason = detail.asText("");
        }
        return new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "ElevenLabs answered HTTP " + answer.status()
                + (reason.isBlank() ? "" : ": " + reason.strip()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** 16-bit little-endian mono PCM at {@link #PCM_RATE} Hz in a RIFF/WAVE container. */
    static byte[] wav(byte[] pcm) {
        ByteBuffer out = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(PCM_RATE)
                .putInt(PCM_RATE * 2).putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes()).putInt(pcm.length).put(pcm);
        return out.array();
    }
}
