package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Google on WireMock: the token endpoint (400 {@code invalid_grant} for a refused code, as Google
 * answers), {@code /revoke}, Drive's {@code /drive/v3/about} and {@code /drive/v3/files} (metadata,
 * {@code alt=media}, {@code export}), with the transcripts under
 * {@code transcripts/google/}.
 */
public class GoogleDriveStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "407408718192-drive0test.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "GOCSPX-driveTestSecret0123456789";
    static final String ACCESS_TOKEN = "ya29.a0AfB_byDriveAccess0123456789abcdefGHIJKLmnop";
    static final String REFRESH_TOKEN = "1//0gDriveRefresh9876543210zyxwvuTSRQPonmlk";
    /** A grant whose access token expires inside the refresh margin, and what Google answers its refresh (no new refresh token). */
    static final String SHORT_LIVED = "ya29.a0AfB_byDriveShortLived5f4e3d2c1b0aZYXWvu";
    static final String SOON_REFRESH = "1//0gDriveRefreshSoon1357924680acegikmoqsuw";
    static final String REFRESHED = "ya29.a0AfB_byDriveRefreshed8a7b6c5d4e3f2g1h0iJKL";
    static final String DEVELOPER_KEY = "AIzaSyPickerKeyForTests0123456789";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=good-code"))
                .willReturn(json(200, "token.json")));
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=soon-code"))
                .willReturn(json(200, "token-expiring.json")));
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + java.net.URLEncoder.encode(SOON_REFRESH, StandardCharsets.UTF_8)))
                .willReturn(json(200, "token-refreshed.json")));
        server.stubFor(get(urlEqualTo("/drive/v3/about?fields=user")).withHeader("Authorization", containing(SHORT_LIVED))
                .willReturn(json(200, "about-user.json")));
        server.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=bad-code"))
                .willReturn(json(400, "invalid-grant.json")));
        server.stubFor(post(urlEqualTo("/revoke")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{}")));
        server.stubFor(get(urlEqualTo("/drive/v3/about?fields=user")).withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(json(200, "about-user.json")));
        driveFiles();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.google.client-id", CLIENT_ID);
        config.put("connectors.google.client-secret", CLIENT_SECRET);
        config.put("connectors.google.picker-developer-key", DEVELOPER_KEY);
        config.put("connectors.google.picker-app-id", "407408718192");
        config.put("connectors.google.authorize-url", "https://accounts.example/o/oauth2/v2/auth");
        config.put("connectors.google.token-url", server.baseUrl() + "/token");
        config.put("connectors.google.revoke-url", server.baseUrl() + "/revoke");
        config.put("connectors.google.api-base", server.baseUrl());
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static final String REPORT = "1qR7xPdfReport_AbCdEfGh";
    static final String NOTES = "1DocMeetingNotes-XyZ0123";
    static final String VIDEO = "1BigHolidayVideo_98765";
    static final String SETUP = "1ExeSetupInstaller_4321";
    static final String FOLDER = "1FolderProjects_abcdef";
    static final String DELETED = "1DeletedLongAgo_000";
    static final String NOT_PICKED = "1NeverPicked_777";
    static final String HUGE_SHEET = "1HugeSheetBudget_2026";
    static final String FIELDS = "?fields=id,name,mimeType,size&supportsAllDrives=true";

    /** Drive v3 files.get metadata, {@code alt=media} downloads and Docs exports, with Google's error bodies. */
    private static void driveFiles() {
        metadata(REPORT, json(200, "drive-file-report.json"));
        metadata(NOTES, json(200, "drive-file-notes.json"));
        metadata(VIDEO, json(200, "drive-file-video.json"));
        metadata(SETUP, json(200, "drive-file-setup.json"));
        metadata(FOLDER, json(200, "drive-file-folder.json"));
        metadata(HUGE_SHEET, json(200, "drive-file-huge-sheet.json"));
        metadata(DELETED, json(404, "drive-not-found.json"));
        metadata(NOT_PICKED, json(403, "drive-not-authorized.json"));
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + REPORT + FIELDS)).withHeader("Authorization", containing(REFRESHED))
                .willReturn(json(200, "drive-file-report.json")));
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + REPORT + "?alt=media&supportsAllDrives=true"))
                .withHeader("Authorization", containing(REFRESHED))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withBody(bytes("drive-report.pdf"))));
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + REPORT + "?alt=media&supportsAllDrives=true"))
                .withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withBody(bytes("drive-report.pdf"))));
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + NOTES + "/export?mimeType=application%2Fpdf"))
                .withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withBody(bytes("drive-export-notes.pdf"))));
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + HUGE_SHEET + "/export?mimeType="
                + "application%2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .withHeader("Authorization", containing(ACCESS_TOKEN)).willReturn(json(403, "drive-export-too-large.json")));
    }

    private static void metadata(String id, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo("/drive/v3/files/" + id + FIELDS)).withHeader("Authorization", containing(ACCESS_TOKEN))
                .willReturn(answer));
    }

    static byte[] bytes(String name) {
        try (InputStream in = GoogleDriveStandIn.class.getResourceAsStream("/transcripts/google/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = GoogleDriveStandIn.class.getResourceAsStream("/transcripts/google/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
