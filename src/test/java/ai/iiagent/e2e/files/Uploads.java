package ai.iiagent.e2e.files;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Accounts and the upload dance (request, PUT to the signed URL, complete) for file tests. */
final class Uploads {

    private Uploads() {
    }

    static String newAccessToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "files-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .when().post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static Response start(String token, String name, String type, long size, String sessionId) {
        Map<String, Object> body = new HashMap<>(Map.of("file_name", name, "content_type", type, "size", size));
        if (sessionId != null) {
            body.put("session_id", sessionId);
        }
        return as(token).contentType(ContentType.JSON).body(body).post("/v1/assets/upload");
    }

    /** Path and query of a URL on this server (the public URL's host differs in tests). */
    static String local(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Uploads through the signed URL and completes; returns the asset id. */
    static String uploadReady(String token, String name, String type, byte[] bytes, String sessionId) {
        Response started = start(token, name, type, bytes.length, sessionId);
        started.then().statusCode(201);
        given().urlEncodingEnabled(false).contentType(type).body(bytes).put(local(started.path("upload_url")))
                .then().statusCode(204);
        String id = started.path("id");
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete").then().statusCode(200);
        return id;
    }

    static String newSession(String token) {
        return as(token).contentType(ContentType.JSON).body(Map.of("name", "with files")).post("/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }
}
