package ai.iiagent.adapter.media.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import ai.iiagent.adapter.media.MediaStandIns;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Base64;
import java.util.Map;

/**
 * The Gemini API as a WireMock server, serving the recorded answers under transcripts/media/google:
 * generateContent with an inline picture, a blocked prompt, an IMAGE_SAFETY stop; Imagen's predict
 * and its filtered answer; Veo's long-running operation (submit, polls, done with a file URI that
 * redirects to a separate storage host, or done with an error or a filtered sample); error answers.
 */
final class GoogleStandIn {

    static final String OPERATION = "8rkvq1c3obv2";
    static final String FILE = "w2j2gmodxzib";

    private GoogleStandIn() {
    }

    static String generateContent(String model) {
        return "/v1beta/models/" + model + ":generateContent";
    }

    static void geminiPicture(WireMockServer server, int width, int height) {
        json(server, post(urlEqualTo(generateContent(GoogleImageGenerator.GEMINI))), 200, "google/gemini-image.json",
                Map.of("image", Base64.getEncoder().encodeToString(MediaStandIns.png(width, height))));
    }

    static void imagenPicture(WireMockServer server, int width, int height) {
        json(server, post(urlEqualTo("/v1beta/models/" + GoogleImageGenerator.IMAGEN + ":predict")), 200,
                "google/imagen-image.json", Map.of("image", Base64.getEncoder().encodeToString(MediaStandIns.png(width, height))));
    }

    static void answer(WireMockServer server, String path, int status, String transcript) {
        json(server, post(urlEqualTo(path)), status, transcript, Map.of());
    }

    /** Veo's operation: submitted, {@code runningPolls} polls answered "not done", then {@code finish}. */
    static void veo(WireMockServer server, String model, int runningPolls, String finish, String fileBase) {
        Map<String, String> values = Map.of("model", model, "operation", OPERATION, "base", fileBase, "file", FILE);
        json(server, post(urlEqualTo("/v1beta/models/" + model + ":predictLongRunning")), 200, "google/veo-submitted.json",
                values);
        String poll = "/v1beta/models/" + model + "/operations/" + OPERATION;
        for (int i = 0; i < runningPolls; i++) {
            server.stubFor(get(urlEqualTo(poll)).inScenario("veo").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i)
                    .willSetStateTo("poll-" + (i + 1)).willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/json; charset=UTF-8")
                            .withBody(MediaStandIns.transcript("google/veo-running.json", values))));
        }
        server.stubFor(get(urlEqualTo(poll)).inScenario("veo")
                .whenScenarioStateIs(runningPolls == 0 ? Scenario.STARTED : "poll-" + runningPolls)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(MediaStandIns.transcript(finish, values))));
    }

    /** Google's file download: a redirect to the storage host, which serves the clip. */
    static void videoFile(WireMockServer api, WireMockServer storage, byte[] mp4) {
        api.stubFor(get(urlPathEqualTo("/v1beta/files/" + FILE + ":download")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", MediaStandIns.base(storage) + "/video-downloads/" + FILE + ".mp4?sig=AbC123")));
        storage.stubFor(get(urlPathEqualTo("/video-downloads/" + FILE + ".mp4")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "video/mp4").withBody(mp4)));
    }

    private static void json(WireMockServer server, com.github.tomakehurst.wiremock.client.MappingBuilder request,
                             int status, String transcript, Map<String, String> values) {
        server.stubFor(request.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(MediaStandIns.transcript(transcript, values))));
    }
}
