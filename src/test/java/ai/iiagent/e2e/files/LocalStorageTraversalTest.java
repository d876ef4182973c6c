package ai.iiagent.e2e.files;

import static ai.iiagent.e2e.files.Uploads.as;
import static ai.iiagent.e2e.files.Uploads.local;
import static ai.iiagent.e2e.files.Uploads.newAccessToken;
import static ai.iiagent.e2e.files.Uploads.start;
import static ai.iiagent.e2e.files.Uploads.uploadReady;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The local store cannot be steered outside its root: traversal in signed-URL paths (plain,
 * URL-encoded, absolute, backslashes), correctly signed URLs for such keys, and a symlink planted
 * inside the root. Expired URLs are refused even when correctly signed.
 */
@QuarkusTest
class LocalStorageTraversalTest {

    static final Path DATA_DIR = Path.of("target/test-data").toAbsolutePath();
    static final Path ROOT = DATA_DIR.resolve("storage");

    @Test
    void givenTraversalInTheUrlPath_whenUploadedOrRead_thenRefusedAndNothingWrittenOutside() throws Exception {
        Path victim = DATA_DIR.resolve("escaped.txt");
        Files.deleteIfExists(victim);
        long expires = Instant.now().plusSeconds(600).getEpochSecond();
        String[] keys = {"../escaped.txt", "users/../../escaped.txt", "%2e%2e/escaped.txt", "%2e%2e%2fescaped.txt",
                "users/%2e%2e%2f%2e%2e%2fescaped.txt", "..%5cescaped.txt", "users%5c..%5c..%5cescaped.txt",
                "%2fetc%2fpasswd", "/etc/passwd", "C:%5cWindows%5cwin.ini"};
        for (String key : keys) {
            String decoded = java.net.URLDecoder.decode(key, StandardCharsets.UTF_8);
            String query = "?expires=" + expires + "&signature=" + sign("PUT", decoded, expires);
            int put = given().urlEncodingEnabled(false).body("pwned").put("/v1/storage/local/" + key + query).statusCode();
            int get = given().urlEncodingEnabled(false).get("/v1/storage/local/" + key
                    + "?expires=" + expires + "&signature=" + sign("GET", decoded, expires)).statusCode();
            assertThat(put).as("PUT " + key).isIn(400, 403, 404);
            assertThat(get).as("GET " + key).isIn(400, 403, 404);
        }
        assertThat(victim).doesNotExist();
        given().urlEncodingEnabled(false).body("x").put("/v1/storage/local/%2e%2e%2fescaped.txt?expires=" + expires
                + "&signature=" + sign("PUT", "../escaped.txt", expires))
                .then().statusCode(400).body("code", equalTo("invalid_object_key"));
    }

    @Test
    void givenSymlinkPlantedInsideTheRoot_whenTheAssetIsRead_thenRefusedAndOutsideFileNotServed() throws Exception {
        String token = newAccessToken();
        String id = uploadReady(token, "doc.txt", "text/plain", "inside".getBytes(StandardCharsets.UTF_8), null);
        String url = as(token).get("/v1/assets/media-library").then().extract().path("items[0].url");
        Path docs = Files.list(ROOT.resolve("users")).map(user -> user.resolve("docs"))
                .filter(dir -> Files.exists(dir.resolve(id + ".txt"))).findFirst().orElseThrow();
        Path outside = Files.createDirectories(DATA_DIR.resolve("outside-" + id));
        Files.writeString(outside.resolve(id + ".txt"), "secret outside the root");
        Files.move(docs, docs.resolveSibling("docs-moved"));
        Files.createSymbolicLink(docs, outside);

        Response download = as(token).get("/v1/assets/" + id + "/download");
        download.then().statusCode(400).body("code", equalTo("invalid_object_key"));
        given().urlEncodingEnabled(false).get(local(url)).then().statusCode(400)
                .body(not(org.hamcrest.Matchers.containsString("secret outside")));
        Response pending = start(token, "more.txt", "text/plain", 3, null);
        given().urlEncodingEnabled(false).body("abc").put(local(pending.path("upload_url"))).then().statusCode(400);
        assertThat(outside.resolve(pending.<String>path("id") + ".txt")).doesNotExist();
    }

    @Test
    void givenCorrectlySignedButExpiredUrl_whenUsed_thenForbiddenWithCode() throws Exception {
        String token = newAccessToken();
        Response started = start(token, "late.txt", "text/plain", 3, null);
        String path = local(started.path("upload_url"));
        String key = path.substring("/v1/storage/local/".length(), path.indexOf('?'));
        long past = Instant.now().minusSeconds(5).getEpochSecond();

        given().urlEncodingEnabled(false).body("abc").put("/v1/storage/local/" + key + "?expires=" + past
                + "&signature=" + sign("PUT", key, past)).then().statusCode(403).body("code", equalTo("signed_url_expired"));
        given().urlEncodingEnabled(false).body("abc").put(path).then().statusCode(204);
    }

    /** What the server signs, from the secret it persisted under the data directory on first start. */
    static String sign(String method, String key, long expires) throws Exception {
        byte[] secret = Files.readAllBytes(DATA_DIR.resolve("storage-signing.key"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((method + "\n" + key + "\n" + expires).getBytes(StandardCharsets.UTF_8)));
    }
}
