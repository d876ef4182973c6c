package ai.iiagent.e2e.storybooks;

import static ai.iiagent.e2e.storybooks.StorybookClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code edit/ai-rewrite} with the offline model (its rewrite is deterministic): a new version whose page has the
 * model's text and which shares the other pages, one model call held in the credits ledger and settled (nothing left held, the balance lower); bad input
 * refused with its code before anything is held; a book still being made refused; another user gets 404.
 */
@QuarkusTest
class StorybookAiRewriteTest {

    @Test
    void aRewriteIsANewVersionSharingTheOtherPages_billedOnceThroughTheLedger() throws Exception {
        String token = StorybookClient.newUser();
        String id = StorybookClient.startBook(token, "Three Hills", List.of("First hill", "Second hill", "Third hill"));
        StorybookClient.awaitFinished(token, id);
        JsonPath first = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("pages[1].text")).as("written by the model during generation")
                .isEqualTo("Once upon a time, Second hill");
        int holds = count(token, "reservation_hold");
        BigDecimal before = total(token);

        JsonPath rewritten = as(token).contentType(ContentType.JSON)
                .body(Map.of("page_number", 2, "instruction", "make it rhyme"))
                .post("/v1/storybooks/" + id + "/edit/ai-rewrite").then().statusCode(201).extract().jsonPath();

        assertThat(rewritten.getInt("version")).isEqualTo(2);
        assertThat(rewritten.getString("parent_id")).isEqualTo(id);
        assertThat(rewritten.getString("pages[1].text")).isEqualTo("Once upon a time, Second hill (rewritten: make it rhyme)");
        assertThat(rewritten.getString("pages[1].page_id")).isNotEqualTo(first.getString("pages[1].page_id"));
        assertThat(rewritten.getString("pages[1].image_asset_id")).isEqualTo(first.getString("pages[1].image_asset_id"));
        assertThat(rewritten.getString("pages[0].page_id")).isEqualTo(first.getString("pages[0].page_id"));
        assertThat(rewritten.getString("pages[2].page_id")).isEqualTo(first.getString("pages[2].page_id"));
        assertThat(count(token, "reservation_hold")).as("one model call held").isEqualTo(holds + 1);
        JsonPath balance = as(token).get("/v1/credits/balance").then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(balance.getString("held_credits"))).as("the hold settled").isZero();
        assertThat(new BigDecimal(balance.getString("total_credits"))).as("the tokens charged").isLessThan(before);

        JsonPath fromEditor = as(token).contentType(ContentType.JSON)
                .body(Map.of("page_number", 3, "content", "An unsaved draft."))
                .post("/v1/storybooks/" + rewritten.getString("id") + "/edit/ai-rewrite").then().statusCode(201)
                .extract().jsonPath();
        assertThat(fromEditor.getInt("version")).isEqualTo(3);
        assertThat(fromEditor.getString("pages[2].text"))
                .isEqualTo("An unsaved draft. (rewritten: Make it clearer and more vivid for a young reader.)");
        assertThat(fromEditor.getString("pages[1].page_id")).isEqualTo(rewritten.getString("pages[1].page_id"));
    }

    @Test
    void badInputIsRefusedWithItsCode_beforeAnythingIsHeld_andAnotherUserGets404() throws Exception {
        String token = StorybookClient.newUser();
        String id = StorybookClient.startBook(token, "One Hill", List.of("A hill"));
        StorybookClient.awaitFinished(token, id);
        int holds = count(token, "reservation_hold");

        refused(token, id, Map.of("instruction", "shorter"), 400, "invalid_storybook_page");
        refused(token, id, Map.of("page_number", 2, "instruction", "shorter"), 400, "invalid_storybook_page");
        refused(token, id, Map.of("page_number", 1, "instruction", "x".repeat(2_001)), 400, "invalid_storybook_instruction");
        refused(token, id, Map.of("page_number", 1, "content", "y".repeat(5_001)), 400, "invalid_storybook_text");
        as(token).contentType(ContentType.JSON).post("/v1/storybooks/" + id + "/edit/ai-rewrite").then().statusCode(400)
                .body("code", equalTo("invalid_storybook_page"));
        assertThat(count(token, "reservation_hold")).as("nothing held for refused rewrites").isEqualTo(holds);
        String generating = StorybookClient.startBook(token, "Many Hills", List.of("1", "2", "3", "4", "5", "6", "7", "8"));
        refused(token, generating, Map.of("page_number", 1), 409, "storybook_not_ready");
        StorybookClient.awaitFinished(token, generating);
        assertThat(count(token, "reservation_hold")).as("only the new book's pages: a text and a picture each")
                .isEqualTo(holds + 16);

        String intruder = StorybookClient.newUser();
        refused(intruder, id, Map.of("page_number", 1, "instruction", "mine now"), 404, "storybook_not_found");
        refused(token, "not-a-uuid", Map.of("page_number", 1), 404, "storybook_not_found");
        assertThat(count(intruder, "reservation_hold")).isZero();
    }

    private static void refused(String token, String id, Map<String, Object> body, int status, String code) {
        as(token).contentType(ContentType.JSON).body(new HashMap<>(body)).post("/v1/storybooks/" + id + "/edit/ai-rewrite")
                .then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    private static int count(String token, String type) {
        return as(token).queryParam("transaction_type", type).get("/v1/credits/history").then().statusCode(200)
                .extract().path("total");
    }

    private static BigDecimal total(String token) {
        return new BigDecimal(as(token).get("/v1/credits/balance").then().statusCode(200).extract().jsonPath()
                .getString("total_credits"));
    }
}
