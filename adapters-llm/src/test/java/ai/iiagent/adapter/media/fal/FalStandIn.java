package ai.iiagent.adapter.media.fal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import ai.iiagent.adapter.media.MediaStandIns;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.HashMap;
import java.util.Map;

/**
 * fal.ai's queue as a WireMock server, serving the recorded answers under transcripts/media/fal:
 * the submit ticket (request_id, status_url, response_url on the app's path, e.g. fal-ai/flux for
 * fal-ai/flux/schnell), IN_QUEUE and IN_PROGRESS polls, COMPLETED, then the model's output or its
 * error answer; and a second server playing fal's media CDN that serves the files.
 */
final class FalStandIn {

    static final String REQUEST = "764cabcf-b745-4b3e-ae38-1200304cf45b";

    private FalStandIn() {
    }

    /** The app id fal puts in the queue URLs: the model id's first two segments. */
    static String app(String model) {
        String[] parts = model.split("/");
        return parts[0] + "/" + parts[1];
    }

    static Map<String, String> values(WireMockServer queue, String model, WireMockServer media) {
        Map<String, String> values = new HashMap<>();
        values.put("base", MediaStandIns.base(queue));
        values.put("app", app(model));
        values.put("request", REQUEST);
        values.put("media", MediaStandIns.base(media));
        values.put("prompt", "x");
        return values;
    }

    /** Submit, one IN_QUEUE and one IN_PROGRESS poll, COMPLETED, then {@code status} with {@code result}. */
    static void request(WireMockServer queue, String model, Map<String, String> values, int status, String result) {
        json(queue, post(urlEqualTo("/" + model)), 200, "fal/queue-submitted.json", values);
        String poll = "/" + app(model) + "/requests/" + REQUEST + "/status";
        String[] states = {"fal/status-in-queue.json", "fal/status-in-progress.json"};
        for (int i = 0; i < states.length; i++) {
            queue.stubFor(get(urlEqualTo(poll)).inScenario("fal").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "poll-" + i)
                    .willSetStateTo("poll-" + (i + 1)).willReturn(answer(200, states[i], values)));
        }
        queue.stubFor(get(urlEqualTo(poll)).inScenario("fal").whenScenarioStateIs("poll-" + states.length)
                .willReturn(answer(200, "fal/status-completed.json", values)));
        queue.stubFor(get(urlEqualTo("/" + app(model) + "/requests/" + REQUEST)).willReturn(answer(status, result, values)));
    }

    static void submitAnswers(WireMockServer queue, String model, int status, String transcript) {
        json(queue, post(urlEqualTo("/" + model)), status, transcript, Map.of());
    }

    static void file(WireMockServer media, String path, String contentType, byte[] body) {
        media.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                .withBody(body)));
    }

    private static void json(WireMockServer server, com.github.tomakehurst.wiremock.client.MappingBuilder request,
                             int status, String transcript, Map<String, String> values) {
        server.stubFor(request.willReturn(answer(status, transcript, values)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(int status, String transcript,
                                                                                           Map<String, String> values) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(MediaStandIns.transcript(transcript, values));
    }
}
