package ai.iiagent.e2e.sessions;

import static ai.iiagent.e2e.sessions.SessionsApiTest.as;
import static ai.iiagent.e2e.sessions.SessionsApiTest.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionMarksApiTest {

    @Test
    void givenSessions_whenPinnedAndWishlisted_thenEachListShowsItsOwn_newestFirst() {
        String token = Users.newAccessToken();
        String first = create(token, "first");
        String second = create(token, "second");

        as(token).post("/v1/sessions/pins/" + first).then().statusCode(200)
                .body("success", equalTo(true)).body("message", equalTo("added to pins")).body("session_id", equalTo(first));
        as(token).post("/v1/sessions/pins/" + second).then().statusCode(200);
        as(token).post("/v1/sessions/pins/" + second).then().statusCode(200).body("message", equalTo("already in pins"));
        as(token).post("/v1/sessions/wishlist/" + first).then().statusCode(200);

        as(token).get("/v1/sessions/pins").then().statusCode(200)
                .body("sessions.session_name", contains("second", "first")).body("total", equalTo(2));
        as(token).get("/v1/sessions/wishlist").then().body("sessions.session_id", contains(first));

        as(token).delete("/v1/sessions/pins/" + second).then().statusCode(200).body("message", equalTo("removed from pins"));
        as(token).delete("/v1/sessions/" + first).then().statusCode(200);
        as(token).get("/v1/sessions/pins").then().body("sessions", hasSize(0));
    }

    @Test
    void givenSomeoneElsesSession_whenPinned_thenNotFound() {
        String owner = Users.newAccessToken();
        String intruder = Users.newAccessToken();
        String id = create(owner, "not yours");

        as(intruder).post("/v1/sessions/pins/" + id).then().statusCode(404).body("code", equalTo("session_not_found"));
        as(intruder).get("/v1/sessions/pins").then().body("sessions", hasSize(0));
    }
}
