package ai.iiagent.e2e.files;

import static ai.iiagent.e2e.files.Uploads.as;
import static ai.iiagent.e2e.files.Uploads.local;
import static ai.iiagent.e2e.files.Uploads.newAccessToken;
import static ai.iiagent.e2e.files.Uploads.start;
import static ai.iiagent.e2e.files.Uploads.uploadReady;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files API on local storage over HTTP on PostgreSQL: round trip, ranges, limits, ownership, sharing. */
@QuarkusTest
class LocalFilesApiTest {

    static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void givenUpload_whenPutCompletedAndDownloaded_thenSameBytesWithHeaders() {
        String token = newAccessToken();
        Response started = start(token, "fox notes.txt", "text/plain", BODY.length, null);
        started.then().statusCode(201).body("status", equalTo("pending")).body("upload_method", equalTo("PUT"))
                .body("upload_url", containsString("/v1/storage/local/users/"));
        String id = started.path("id");

        as(token).get("/v1/assets/" + id + "/download").then().statusCode(404).body("code", equalTo("asset_not_found"));
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete")
                .then().statusCode(409).body("code", equalTo("upload_incomplete"));
        given().urlEncodingEnabled(false).contentType("text/plain").body(BODY).put(local(started.path("upload_url")))
                .then().statusCode(204);
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("ready")).body("size", equalTo(BODY.length)).body("name", equalTo("fox notes.txt"));

        Response download = as(token).get("/v1/assets/" + id + "/download");
        download.then().statusCode(200).header("Content-Type", startsWith("text/plain"))
                .header("Content-Length", String.valueOf(BODY.length)).header("Accept-Ranges", "bytes")
                .header("Content-Disposition", containsString("attachment; filename=\"fox notes.txt\""));
        assertThat(download.asByteArray()).isEqualTo(BODY);
    }

    @Test
    void givenReadyAsset_whenRangesRequested_then206PartsOr416() {
        String token = newAccessToken();
        String id = uploadReady(token, "fox.txt", "text/plain", BODY, null);
        String path = "/v1/assets/" + id + "/download";

        Response first = as(token).header("Range", "bytes=0-8").get(path);
        first.then().statusCode(206).header("Content-Range", "bytes 0-8/" + BODY.length).header("Content-Length", "9");
        assertThat(first.asString()).isEqualTo("The quick");
        Response suffix = as(token).header("Range", "bytes=-3").get(path);
        suffix.then().statusCode(206).header("Content-Range", "bytes " + (BODY.length - 3) + "-" + (BODY.length - 1) + "/" + BODY.length);
        assertThat(suffix.asString()).isEqualTo("dog");
        Response open = as(token).header("Range", "bytes=40-").get(path);
        assertThat(open.asString()).isEqualTo("dog");

        as(token).header("Range", "bytes=" + BODY.length + "-").get(path).then().statusCode(416)
                .header("Content-Range", "bytes */" + BODY.length).body("code", equalTo("range_not_satisfiable"));
        as(token).header("Range", "bytes=0-1,5-6").get(path).then().statusCode(200);
    }

    @Test
    void givenLimits_whenUploadRequested_thenSizeTypeAndShapeAreChecked() {
        String token = newAccessToken();
        start(token, "huge.bin", "video/mp4", 104_857_601L, null).then().statusCode(400).body("code", equalTo("file_too_large"));
        start(token, "run.exe", "application/x-msdownload", 10, null).then().statusCode(400)
                .body("code", equalTo("content_type_not_allowed"));
        start(token, "x.txt", "not a type", 10, null).then().statusCode(400).body("code", equalTo("invalid_content_type"));
        start(token, "", "text/plain", 10, null).then().statusCode(400).body("code", equalTo("invalid_file_name"));
        as(token).contentType(ContentType.JSON).body(Map.of("file_name", "a.txt")).post("/v1/assets/upload")
                .then().statusCode(400).body("code", equalTo("invalid_upload_request"));
        given().contentType(ContentType.JSON).body(Map.of("file_name", "a.txt", "content_type", "text/plain", "size", 1))
                .post("/v1/assets/upload").then().statusCode(401);
    }

    @Test
    void givenSignedUploadUrl_whenBodySizeDiffersOrSignatureTampered_thenRefused() {
        String token = newAccessToken();
        Response started = start(token, "a.txt", "text/plain", 5, null);
        String url = local(started.path("upload_url"));

        given().urlEncodingEnabled(false).body("123456").put(url).then().statusCode(400).body("code", equalTo("upload_size_mismatch"));
        given().urlEncodingEnabled(false).body("1234").put(url).then().statusCode(400).body("code", equalTo("upload_size_mismatch"));
        String tampered = url.replaceFirst("signature=.", "signature=" + (url.contains("signature=A") ? "B" : "A"));
        given().urlEncodingEnabled(false).body("12345").put(tampered).then().statusCode(403).body("code", equalTo("invalid_signature"));
        String laterExpiry = url.replaceFirst("expires=(\\d+)", "expires=9999999999");
        given().urlEncodingEnabled(false).body("12345").put(laterExpiry).then().statusCode(403).body("code", equalTo("invalid_signature"));
        given().urlEncodingEnabled(false).body("12345").put(url.substring(0, url.indexOf('?'))).then().statusCode(403);
        given().urlEncodingEnabled(false).body("12345").put(url).then().statusCode(204);
        given().urlEncodingEnabled(false).body("54321").put(url).then().statusCode(204);
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + started.path("id") + "/complete")
                .then().statusCode(200);
        assertThat(as(token).get("/v1/assets/" + started.path("id") + "/download").asString()).isEqualTo("54321");
        given().urlEncodingEnabled(false).body("12345").put(url).then().statusCode(409).body("code", equalTo("asset_already_completed"));
    }

    @Test
    void givenSomeoneElsesAsset_whenTouched_thenNotFoundEverywhere() {
        String owner = newAccessToken();
        String intruder = newAccessToken();
        String id = uploadReady(owner, "private.txt", "text/plain", BODY, null);

        as(intruder).get("/v1/assets/" + id + "/download").then().statusCode(404).body("code", equalTo("asset_not_found"));
        as(intruder).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("asset_ids", List.of(id))).post("/v1/assets/download-urls")
                .then().statusCode(200).body("missing", hasItem(id)).body("signed_urls.size()", equalTo(0));
        as(intruder).get("/v1/assets/media-library").then().body("total", equalTo(0));
        as(intruder).get("/v1/assets/not-a-uuid/download").then().statusCode(404).body("code", equalTo("asset_not_found"));
    }

    @Test
    void givenReadyAssets_whenDownloadUrlsAndLibraryAsked_thenSignedUrlsServeTheBytes() {
        String token = newAccessToken();
        String older = uploadReady(token, "one.txt", "text/plain", BODY, null);
        String newer = uploadReady(token, "two.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null);

        as(token).get("/v1/assets/media-library?limit=1&offset=0").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(newer)).body("total", equalTo(2))
                .body("has_more", equalTo(true)).body("items[0].source", equalTo("upload"));
        as(token).get("/v1/assets/media-library?limit=1&offset=1").then().body("items[0].id", equalTo(older));
        as(token).get("/v1/assets/media-library?limit=0").then().statusCode(400).body("code", equalTo("invalid_page"));

        Response urls = as(token).contentType(ContentType.JSON).body(Map.of("asset_ids", List.of(older)))
                .post("/v1/assets/download-urls");
        urls.then().statusCode(200).body("missing", hasSize(0));
        String signed = urls.path("signed_urls." + older);
        assertThat(given().urlEncodingEnabled(false).get(local(signed)).then().statusCode(200).extract().asByteArray())
                .isEqualTo(BODY);
        given().urlEncodingEnabled(false).get(local(signed).replace("signature=", "signature=x")).then().statusCode(403)
                .body("code", equalTo("invalid_signature"));
    }

    @Test
    void givenSessionFiles_whenListedAndPublished_thenOwnerSeesThemAndPublicReadsOnlyLinkedOnes() {
        String owner = newAccessToken();
        String intruder = newAccessToken();
        String session = Uploads.newSession(owner);
        String linked = uploadReady(owner, "linked.txt", "text/plain", BODY, session);
        String unlinked = uploadReady(owner, "other.txt", "text/plain", BODY, null);

        as(owner).get("/v1/sessions/" + session + "/files").then().statusCode(200)
                .body("id", equalTo(List.of(linked))).body("[0].name", equalTo("linked.txt"))
                .body("[0].size", equalTo(BODY.length)).body("[0].content_type", equalTo("text/plain"))
                .body("[0].url", containsString("signature="));
        as(intruder).get("/v1/sessions/" + session + "/files").then().statusCode(404).body("code", equalTo("session_not_found"));
        start(intruder, "x.txt", "text/plain", 1, session).then().statusCode(404).body("code", equalTo("session_not_found"));

        String publicPath = "/v1/public/sessions/" + session + "/assets/";
        given().get(publicPath + linked).then().statusCode(404).body("code", equalTo("session_not_found"));
        as(owner).post("/v1/sessions/" + session + "/publish").then().statusCode(200);
        assertThat(given().get(publicPath + linked).then().statusCode(200)
                .header("Content-Disposition", startsWith("inline")).extract().asByteArray()).isEqualTo(BODY);
        given().get(publicPath + unlinked).then().statusCode(404).body("code", equalTo("asset_not_found"));
        given().header("Range", "bytes=4-8").get(publicPath + linked).then().statusCode(206).body(equalTo("quick"));
        as(owner).get("/v1/sessions/" + session + "/files").then().body("id", not(hasItem(unlinked)));
    }

    @Test
    void givenAvatar_whenUploadedAndRead_thenStoredUnderAvatarAndLimited() {
        String token = newAccessToken();
        as(token).get("/v1/assets/avatar").then().statusCode(404).body("code", equalTo("asset_not_found"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        String id = as(token).multiPart("file", "me.png", png, "image/png").post("/v1/assets/avatar")
                .then().statusCode(201).body("status", equalTo("ready")).extract().path("id");
        String url = as(token).get("/v1/assets/avatar").then().statusCode(200).body("id", equalTo(id))
                .body("url", containsString("/avatar/" + id + ".png")).extract().path("url");
        assertThat(given().urlEncodingEnabled(false).get(local(url)).then().statusCode(200).extract().asByteArray())
                .isEqualTo(png);

        as(token).multiPart("file", "me.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .post("/v1/assets/avatar").then().statusCode(400).body("code", equalTo("content_type_not_allowed"));
        as(token).multiPart("file", "big.png", new byte[2_097_153], "image/png").post("/v1/assets/avatar")
                .then().statusCode(400).body("code", equalTo("file_too_large"));
        as(token).get("/v1/assets/media-library").then().body("total", equalTo(0));
    }
}
