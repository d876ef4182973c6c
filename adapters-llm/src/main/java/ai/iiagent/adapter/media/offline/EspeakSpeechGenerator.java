package ai.iiagent.adapter.media.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.media.GeneratedSpeech;
import ai.iiagent.port.out.media.MediaAvailability;
import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import ai.iiagent.port.out.media.MediaKind;
import ai.iiagent.port.out.media.MediaModel;
import ai.iiagent.port.out.media.SpeechPaidToolPort;
import ai.iiagent.port.out.media.SpeechRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded speech generator: the host's {@code espeak-ng} speaks the text (read from standard
 * input, never from the command line) into a WAV file, which {@code ffmpeg} turns into MP3 when asked.
 * Robotic but real; unavailable, with the reason, when a binary it needs is missing.
 */
public final class EspeakSpeechGenerator implements SpeechPaidToolPort {

    public static final String MODEL = "espeak-ng";
    private static final Pattern VOICE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

    private final Duration timeout;
    private final String espeak;

    public EspeakSpeechGenerator(Duration timeout) {
        this(timeout, "espeak-ng");
    }

    /** @param espeak the binary's name on {@code PATH} */
    public EspeakSpeechGenerator(Duration timeout, String espeak) {
        this.timeout = timeout;
        this.espeak = espeak;
    }

    @Override
    public String provider() {
        return OfflineImageGenerator.PROVIDER;
    }

    @Override
    public List<MediaModel> models() {
        return List.of(new MediaModel(MODEL, provider(), "Offline speech (espeak-ng)", MediaKind.SPEECH, true));
    }

    @Override
    public MediaAvailability availability() {
        return HostCommand.find(espeak).isPresent() ? MediaAvailability.READY
                : MediaAvailability.unavailable(espeak + " is not installed on this server (Debian: apt-get install espeak-ng)");
    }

    @Override
    public GeneratedSpeech generate(SpeechRequest request, CreditReservation reservation) {
        if (request.model() != null && !MODEL.equals(request.model())) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "unknown offline speech model '"
                    + request.model() + "' (offered: " + MODEL + ")");
        }
        String voice = request.voice() == null ? "en" : request.voice();
        if (!VOICE.matcher(voice).matches()) {
            throw new MediaGenerationFailedException(Kind.INVALID_REQUEST, "voice must be a language code such as en or en-us");
        }
        MediaAvailability availability = availability();
        boolean mp3 = request.format() == SpeechRequest.AudioFormat.MP3;
        if (!availability.available() || mp3 && HostCommand.find("ffmpeg").isEmpty()) {
            throw new MediaGenerationFailedException(Kind.UNAVAILABLE, availability.available()
                    ? "ffmpeg is not installed on this server (needed for MP3)" : availability.reason());
        }
        Path work = HostCommand.tempDirectory("offline-speech-");
        try {
            HostCommand.run(List.of(espeak, "-v", voice, "-w", "speech.wav", "--stdin"), work,
                    request.text().getBytes(StandardCharsets.UTF_8), timeout);
            String file = "speech.wav";
            if (mp3) {
                List<String> encode = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
                        "-y", "-i", "speech.wav", "-codec:a", "libmp3lame", "-b:a", "64k", "speech.mp3"));
                HostCommand.run(encode, work, null, timeout);
                file = "speech.mp3";
            }
            return new GeneratedSpeech(HostCommand.read(work.resolve(file)), request.format().contentType(),
                    request.text().codePointCount(0, request.text().length()), MODEL, provider());
        } finally {
            HostCommand.deleteQuietly(work);
        }
    }
}
