package ai.iiagent.adapter.integrations.google;

import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GoogleDriveFile;
import ai.iiagent.domain.integrations.GoogleDriveFileId;
import ai.iiagent.port.out.integrations.GoogleDrivePort;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Drive API v3 ({@code GET /drive/v3/files/{id}?fields=id,name,mimeType,size}, {@code ?alt=media} for
 * binary files, {@code /export?mimeType=} for Google Workspace files: Docs and Slides as PDF, Sheets as
 * xlsx, as the original). Workspace types that have no export (folders, shortcuts, forms, sites) keep
 * their {@code application/vnd.google-apps.*} type, which no upload policy accepts.
 */
public final class GoogleDriveApiAdapter implements GoogleDrivePort {

    static final String WORKSPACE_PREFIX = "application/vnd.google-apps.";
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, Export> EXPORTS = Map.of(
            WORKSPACE_PREFIX + "document", new Export(PDF, ".pdf"),
            WORKSPACE_PREFIX + "presentation", new Export(PDF, ".pdf"),
            WORKSPACE_PREFIX + "spreadsheet", new Export(XLSX, ".xlsx"),
            WORKSPACE_PREFIX + "drawing", new Export(PDF, ".pdf"));

    private record Export(String contentType, String extension) {
    }

    private final String base;
    private final ProviderHttp http;

    public GoogleDriveApiAdapter(String apiBase, ProviderHttp http) {
        this.base = apiBase.replaceAll("/+$", "");
        this.http = http;
    }

    @Override
    public GoogleDriveFile describe(String accessToken, GoogleDriveFileId id) {
        ProviderHttp.Answer answer = http.send(http.request(base + "/drive/v3/files/" + id.value()
                        + "?fields=id,name,mimeType,size&supportsAllDrives=true")
                .header("Authorization", "Bearer " + accessToken).GET().build());
        failOn(answer.status(), answer.body(), id.value());
        JsonNode file = answer.body();
        String name = file.path("name").asText(id.value());
        String mimeType = file.path("mimeType").asText("application/octet-stream");
        if (!mimeType.startsWith(WORKSPACE_PREFIX)) {
            return new GoogleDriveFile(id.value(), name, mimeType, file.path("size").asLong(0), false);
        }
        Export export = EXPORTS.get(mimeType);
        if (export == null) {
            return new GoogleDriveFile(id.value(), name, mimeType, GoogleDriveFile.UNKNOWN_SIZE, true);
        }
        String exportName = name.toLowerCase().endsWith(export.extension()) ? name : name + export.extension();
        return new GoogleDriveFile(id.value(), exportName, export.contentType(), GoogleDriveFile.UNKNOWN_SIZE, true);
    }

    @Override
    public InputStream open(String accessToken, GoogleDriveFile file) {
        String url = file.exported()
                ? base + "/drive/v3/files/" + file.id() + "/export?mimeType=" + ProviderHttp.encode(file.contentType())
                : base + "/drive/v3/files/" + file.id() + "?alt=media&supportsAllDrives=true";
        HttpResponse<InputStream> response = http.stream(http.request(url).setHeader("Accept", "*/*")
                .header("Authorization", "Bearer " + accessToken).GET().build());
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return response.body();
        }
        JsonNode error;
        try (InputStream body = response.body()) {
            error = ProviderHttp.parse(body.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.logFailure("GET", response.uri().getPath(), response.statusCode());
        failOn(response.statusCode(), error, file.id());
        throw ConnectorErrors.upstream("Google Drive answered " + response.statusCode());
    }

    /** Google's error reasons: 401 authError, 404 notFound, 403 appNotAuthorizedToFile / exportSizeLimitExceeded. */
    private static void failOn(int status, JsonNode body, String fileId) {
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = body.path("error").path("errors").path(0).path("reason").asText("");
        if (status == 401) {
            throw ConnectorErrors.authorizationExpired(ConnectorProvider.GOOGLE_DRIVE);
        }
        if (status == 404 || status == 403 && ("appNotAuthorizedToFile".equals(reason) || "insufficientFilePermissions".equals(reason))) {
            throw ConnectorErrors.driveFileNotFound(fileId);
        }
        if (status == 403 && "exportSizeLimitExceeded".equals(reason)) {
            throw ConnectorErrors.driveExportTooLarge(fileId);
        }
        throw ConnectorErrors.upstream("Google Drive answered " + status + (reason.isEmpty() ? "" : " (" + reason + ")"));
    }
}
