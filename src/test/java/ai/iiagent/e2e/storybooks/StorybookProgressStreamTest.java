package ai.iiagent.e2e.storybooks;

import static ai.iiagent.e2e.storybooks.StorybookClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code GET .../progress/stream} while the job engine makes a book: {@code progress} events with pages done in order
 * up to all, then {@code complete}, and the stream ends; a finished book answers at once; another user gets 404
 * problem+json before any stream starts.
 */
@QuarkusTest
class StorybookProgressStreamTest {

    @Test
    void theStreamReportsPagesInOrder_thenComplete() throws Exception {
        String token = StorybookClient.newUser();
        List<String> scenes = IntStream.rangeClosed(1, 6).mapToObj(page -> "The owl visits tree " + page).toList();
        String id = StorybookClient.startBook(token, "The Owl", scenes);

        String body = as(token).get("/v1/storybooks/" + id + "/progress/stream").then().statusCode(200)
                .contentType(startsWith("text/event-stream")).extract().asString();

        List<Map.Entry<String, JsonNode>> events = StorybookClient.sse(body);
        assertThat(events).isNotEmpty();
        List<Map.Entry<String, JsonNode>> progress = events.subList(0, events.size() - 1);
        assertThat(progress).extracting(Map.Entry::getKey).containsOnly("progress");
        List<Integer> done = progress.stream().map(event -> event.getValue().path("done").asInt()).toList();
        assertThat(done).as("pages done never go back").isSorted();
        assertThat(done.getLast()).isEqualTo(6);
        assertThat(progress).allSatisfy(event -> assertThat(event.getValue().path("total").asInt()).isEqualTo(6));
        assertThat(progress.getLast().getValue().path("status").asText()).isEqualTo("ready");
        Map.Entry<String, JsonNode> last = events.getLast();
        assertThat(last.getKey()).isEqualTo("complete");
        assertThat(last.getValue().path("done").asInt()).isEqualTo(6);
        assertThat(last.getValue().path("status").asText()).isEqualTo("ready");

        String again = as(token).get("/v1/storybooks/" + id + "/progress/stream").then().statusCode(200).extract().asString();
        assertThat(StorybookClient.sse(again)).extracting(Map.Entry::getKey).containsExactly("progress", "complete");
    }

    @Test
    void anotherUserGets404BeforeAnyStream() throws Exception {
        String token = StorybookClient.newUser();
        String id = StorybookClient.startBook(token, "The Owl", List.of("A tree"));
        String intruder = StorybookClient.newUser();

        as(intruder).get("/v1/storybooks/" + id + "/progress/stream").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("storybook_not_found"));
        as(token).get("/v1/storybooks/not-a-uuid/progress/stream").then().statusCode(404);
        StorybookClient.awaitFinished(token, id);
    }
}
