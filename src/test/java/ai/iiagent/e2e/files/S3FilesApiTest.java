package ai.iiagent.e2e.files;

import static ai.iiagent.e2e.files.Uploads.as;
import static ai.iiagent.e2e.files.Uploads.newAccessToken;
import static ai.iiagent.e2e.files.Uploads.start;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files API with STORAGE_PROVIDER=s3 against an S3 stand-in: presigned URLs and SigV4-signed calls. */
@QuarkusTest
@WithTestResource(S3StandIn.class)
class S3FilesApiTest {

    static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=" + S3StandIn.ACCESS_KEY + "/";

    @Test
    void givenPresignedUpload_whenPutToTheBucketCompletedAndDownloaded_thenRoundTripThroughS3() {
        String token = newAccessToken();
        Response started = start(token, "fox.txt", "text/plain", BODY.length, null);
        String uploadUrl = started.then().statusCode(201).extract().path("upload_url");
        assertThat(uploadUrl).startsWith(S3StandIn.server.baseUrl() + "/" + S3StandIn.BUCKET + "/users/")
                .contains("X-Amz-Algorithm=AWS4-HMAC-SHA256").contains("X-Amz-Signature=")
                .contains("X-Amz-Credential=" + S3StandIn.ACCESS_KEY);
        String id = started.path("id");
        String key = URI.create(uploadUrl).getPath().substring(S3StandIn.BUCKET.length() + 2);

        given().urlEncodingEnabled(false).contentType("text/plain").body(BODY).put(uploadUrl).then().statusCode(200);
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("ready")).body("url", containsString("X-Amz-Signature="));
        assertThat(signed(S3StandIn.server.findAll(headRequestedFor(urlPathEqualTo(path(key)))))).isTrue();

        Response part = as(token).header("Range", "bytes=4-8").get("/v1/assets/" + id + "/download");
        part.then().statusCode(206).header("Content-Range", "bytes 4-8/" + BODY.length);
        assertThat(part.asString()).isEqualTo("quick");
        List<LoggedRequest> gets = S3StandIn.server.findAll(getRequestedFor(urlPathEqualTo(path(key))));
        assertThat(gets).anySatisfy(get -> assertThat(get.getHeader("Range")).isEqualTo("bytes=4-8"));
        assertThat(signed(gets)).isTrue();
        assertThat(as(token).get("/v1/assets/" + id + "/download").then().statusCode(200).extract().asByteArray())
                .isEqualTo(BODY);
        as(token).header("Range", "bytes=100-").get("/v1/assets/" + id + "/download").then().statusCode(416);

        String signedGet = as(token).contentType(ContentType.JSON).body(Map.of("asset_ids", List.of(id)))
                .post("/v1/assets/download-urls").then().statusCode(200).extract().path("signed_urls." + id);
        assertThat(signedGet).startsWith(S3StandIn.server.baseUrl()).contains("X-Amz-Signature=");
        assertThat(given().urlEncodingEnabled(false).get(signedGet).then().statusCode(200).extract().asByteArray())
                .isEqualTo(BODY);
    }

    @Test
    void givenObjectOfOtherSizeInTheBucket_whenCompleted_thenUploadIncomplete() {
        String token = newAccessToken();
        Response started = start(token, "short.txt", "text/plain", 10, null);
        String id = started.path("id");
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete")
                .then().statusCode(409).body("code", equalTo("upload_incomplete"));
        given().urlEncodingEnabled(false).contentType("text/plain").body("12345").put(started.<String>path("upload_url"))
                .then().statusCode(200);
        as(token).contentType(ContentType.JSON).body("{}").post("/v1/assets/" + id + "/complete")
                .then().statusCode(409).body("code", equalTo("upload_incomplete"));
    }

    @Test
    void givenS3Storage_whenTheLocalSignedEndpointIsUsed_thenRefused() {
        given().urlEncodingEnabled(false).body("x")
                .put("/v1/storage/local/users/a/docs/b.txt?expires=9999999999&signature=abc")
                .then().statusCode(403).body("code", equalTo("invalid_signature"));
    }

    @Test
    void givenAvatar_whenUploadedThroughUs_thenPutObjectIsSigV4SignedOverThePayload() throws Exception {
        String token = newAccessToken();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        String url = as(token).multiPart("file", "me.png", png, "image/png").post("/v1/assets/avatar")
                .then().statusCode(201).body("url", startsWith(S3StandIn.server.baseUrl())).extract().path("url");
        String key = URI.create(url).getPath().substring(S3StandIn.BUCKET.length() + 2);
        assertThat(key).contains("/avatar/").endsWith(".png");

        LoggedRequest put = S3StandIn.server.findAll(putRequestedFor(urlPathEqualTo(path(key)))).getFirst();
        assertThat(put.getHeader("Authorization")).startsWith(SIGV4).contains("/eu-central-1/s3/aws4_request");
        assertThat(put.getHeader("x-amz-content-sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(put.getBody()).isEqualTo(png);
        assertThat(S3StandIn.objects.objects.get(key).contentType()).isEqualTo("image/png");
    }

    private static String path(String key) {
        return "/" + S3StandIn.BUCKET + "/" + key;
    }

    private static boolean signed(List<LoggedRequest> requests) {
        return !requests.isEmpty() && requests.stream().allMatch(request -> request.getHeader("Authorization") != null
                && request.getHeader("Authorization").startsWith(SIGV4)
                && request.getHeader("Authorization").contains("SignedHeaders=")
                && request.getHeader("Authorization").contains("Signature="));
    }
}
