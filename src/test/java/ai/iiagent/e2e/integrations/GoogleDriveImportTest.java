package ai.iiagent.e2e.integrations;

import static ai.iiagent.e2e.integrations.ConnectorUsers.PROBLEM;
import static ai.iiagent.e2e.integrations.ConnectorUsers.as;
import static ai.iiagent.e2e.integrations.ConnectorUsers.callback;
import static ai.iiagent.e2e.integrations.ConnectorUsers.newAccessToken;
import static ai.iiagent.e2e.integrations.ConnectorUsers.startAuthorization;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/connectors/google-drive/files} against Drive v3 on WireMock: a binary file downloaded
 * with {@code alt=media}, a Google Doc exported as PDF, both stored as the caller's assets; the upload
 * limits (size, type) refuse before anything is downloaded; Drive's 404 and 403 become
 * {@code drive_file_not_found}; a user without a connection is "not connected"; no Google token in any
 * answer or log line.
 */
@QuarkusTest
@WithTestResource(GoogleDriveStandIn.class)
class GoogleDriveImportTest {

    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = CapturedLog.install();
    }

    @AfterAll
    static void noGoogleTokenWasLogged() {
        assertThat(log.text()).doesNotContain(GoogleDriveStandIn.ACCESS_TOKEN).doesNotContain(GoogleDriveStandIn.REFRESH_TOKEN)
                .doesNotContain(GoogleDriveStandIn.SHORT_LIVED).doesNotContain(GoogleDriveStandIn.SOON_REFRESH)
                .doesNotContain(GoogleDriveStandIn.REFRESHED)
                .doesNotContain(GoogleDriveStandIn.CLIENT_SECRET);
    }

    @Test
    void givenAPdfAndAGoogleDoc_whenImported_thenBothAreReadyAssetsWithDrivesBytes() {
        String token = connected();
        List<Map<String, Object>> files = importing(token, GoogleDriveStandIn.REPORT, GoogleDriveStandIn.NOTES)
                .statusCode(201).body("files", hasSize(2)).extract().path("files");
        assertThat(files.get(0)).containsEntry("name", "Quarterly report.pdf").containsEntry("content_type", "application/pdf")
                .containsEntry("status", "ready");
        assertThat(files.get(1)).containsEntry("name", "Meeting notes.pdf").containsEntry("content_type", "application/pdf");
        byte[] report = GoogleDriveStandIn.bytes("drive-report.pdf");
        byte[] notes = GoogleDriveStandIn.bytes("drive-export-notes.pdf");
        assertThat(((Number) files.get(0).get("size")).longValue()).isEqualTo(report.length);
        assertThat(((Number) files.get(1).get("size")).longValue()).isEqualTo(notes.length);

        assertThat(files.toString()).doesNotContain(GoogleDriveStandIn.ACCESS_TOKEN);
        assertThat(download(token, files.get(0).get("id"))).isEqualTo(report);
        assertThat(download(token, files.get(1).get("id"))).isEqualTo(notes);
        assertThat(GoogleDriveStandIn.server.findAll(getRequestedFor(urlEqualTo("/drive/v3/files/"
                + GoogleDriveStandIn.NOTES + "/export?mimeType=application%2Fpdf")))).isNotEmpty();

        String other = newAccessToken();
        as(other).when().get("/v1/assets/" + files.get(0).get("id") + "/download").then().statusCode(404);
    }

    @Test
    void givenFilesTheUploadLimitsRefuse_thenFourHundredsBeforeAnyDownload() {
        String token = connected();
        importing(token, GoogleDriveStandIn.REPORT, GoogleDriveStandIn.VIDEO).statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("file_too_large"));
        assertThat(GoogleDriveStandIn.server.findAll(getRequestedFor(urlPathEqualTo("/drive/v3/files/"
                + GoogleDriveStandIn.VIDEO)).withQueryParam("alt",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("media")))).isEmpty();
        importing(token, GoogleDriveStandIn.SETUP).statusCode(400).body("code", equalTo("content_type_not_allowed"));
        importing(token, GoogleDriveStandIn.FOLDER).statusCode(400).body("code", equalTo("content_type_not_allowed"));
        importing(token, GoogleDriveStandIn.HUGE_SHEET).statusCode(400).body("code", equalTo("file_too_large"));
    }

    @Test
    void givenFilesDriveDoesNotShow_thenNotFound_andMalformedRequestsNeverReachDrive() {
        String token = connected();
        importing(token, GoogleDriveStandIn.DELETED).statusCode(404).body("code", equalTo("drive_file_not_found"));
        importing(token, GoogleDriveStandIn.NOT_PICKED).statusCode(404).body("code", equalTo("drive_file_not_found"));
        int before = GoogleDriveStandIn.server.getAllServeEvents().size();
        importing(token, "../../about").statusCode(400).body("code", equalTo("invalid_connector_request"));
        importing(token).statusCode(400).body("code", equalTo("invalid_connector_request"));
        assertThat(GoogleDriveStandIn.server.getAllServeEvents()).hasSize(before);
    }

    @Test
    void givenAnotherUserWithoutDrive_thenNotConnected() {
        connected();
        String other = newAccessToken();
        importing(other, GoogleDriveStandIn.REPORT).statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("connector_not_connected"));
    }

    @Test
    void givenAnAccessTokenAboutToExpire_whenImporting_thenRefreshedFirst_andDriveSeesOnlyTheFreshToken_andTheRefreshTokenIsKept() {
        String token = newAccessToken();
        callback(token, "google-drive", "soon-code", startAuthorization(token, "google-drive").get("state")).statusCode(200);

        importing(token, GoogleDriveStandIn.REPORT).statusCode(201).body("files", hasSize(1));
        importing(token, GoogleDriveStandIn.REPORT).statusCode(201).body("files", hasSize(1));

        assertThat(refreshes(GoogleDriveStandIn.SOON_REFRESH)).as("one refresh, then an hour of the fresh token").isEqualTo(1);
        var fileCalls = GoogleDriveStandIn.server.findAll(getRequestedFor(urlPathEqualTo("/drive/v3/files/"
                + GoogleDriveStandIn.REPORT)));
        assertThat(fileCalls).noneSatisfy(call -> assertThat(call.getHeader("Authorization"))
                .contains(GoogleDriveStandIn.SHORT_LIVED));
        assertThat(fileCalls).filteredOn(call -> call.getHeader("Authorization").equals("Bearer " + GoogleDriveStandIn.REFRESHED))
                .as("metadata and bytes, twice").hasSize(4);
        as(token).when().delete("/v1/connectors/google-drive").then().statusCode(204);
        var revoke = GoogleDriveStandIn.server.findAll(postRequestedFor(urlEqualTo("/revoke"))).getLast();
        assertThat(GitHubStandIn.form(revoke.getBodyAsString())).containsEntry("token", GoogleDriveStandIn.SOON_REFRESH);
    }

    private static int refreshes(String refreshToken) {
        return (int) GoogleDriveStandIn.server.findAll(postRequestedFor(urlEqualTo("/token"))).stream()
                .map(request -> GitHubStandIn.form(request.getBodyAsString()))
                .filter(form -> "refresh_token".equals(form.get("grant_type")) && refreshToken.equals(form.get("refresh_token")))
                .count();
    }

    private static String connected() {
        String token = newAccessToken();
        callback(token, "google-drive", "good-code", startAuthorization(token, "google-drive").get("state")).statusCode(200);
        return token;
    }

    private static ValidatableResponse importing(String token, String... ids) {
        return as(token).body(Map.of("file_ids", List.of(ids))).when().post("/v1/connectors/google-drive/files").then();
    }

    private static byte[] download(String token, Object id) {
        return as(token).when().get("/v1/assets/" + id + "/download").then().statusCode(200).extract().asByteArray();
    }
}
