package ai.iiagent.adapter.http.files;

import ai.iiagent.domain.files.MediaProvenance;
import com.fasterxml.jackson.annotation.JsonInclude;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.port.in.files.StoredAsset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the files API (snake_case on the wire). */
final class FilesWire {

    private FilesWire() {
    }

    /** {@code size} or, as the original sends it, {@code file_size}. */
    record UploadRequest(String fileName, String contentType, Long size, Long fileSize, UUID sessionId) {
        long declaredSize() {
            return size != null ? size : fileSize != null ? fileSize : -1;
        }
    }

    record UploadResponse(UUID id, String status, String uploadUrl, String uploadMethod,
                          Map<String, String> uploadHeaders, Instant expiresAt) {
    }

    record CompleteRequest(UUID sessionId) {
    }

    record AssetResponse(UUID id, String name, long size, String contentType, String status, String url,
                         String fileUrl, Instant urlExpiresAt, Instant createdAt) {
        static AssetResponse of(StoredAsset stored) {
            Asset asset = stored.asset();
            String url = stored.downloadUrl().url().toString();
            return new AssetResponse(asset.id().value(), asset.fileName().value(), asset.size(),
                    asset.contentType().value(), asset.status().code(), url, url, stored.downloadUrl().expiresAt(),
                    asset.createdAt());
        }
    }

    record DownloadUrlsRequest(List<UUID> assetIds) {
    }

    record DownloadUrlsResponse(Map<UUID, String> signedUrls, List<UUID> missing) {
    }

    /** {@code source}: {@code upload}, or {@code generated} with the prompt, model, provider and tool that made it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MediaItem(UUID id, String name, String url, String contentType, long size, String source, String prompt,
                     String model, String provider, String toolName, Instant createdAt) {
        static MediaItem of(StoredAsset stored) {
            Asset asset = stored.asset();
            MediaProvenance how = stored.generated();
            return new MediaItem(asset.id().value(), asset.fileName().value(), stored.downloadUrl().url().toString(),
                    asset.contentType().value(), asset.size(), how == null ? "upload" : "generated",
                    how == null ? null : how.prompt(), how == null ? null : how.model(),
                    how == null ? null : how.provider(), how == null ? null : how.toolName(), asset.createdAt());
        }
    }

    record MediaLibraryResponse(List<MediaItem> items, long total, int limit, int offset, boolean hasMore) {
    }

    record SessionFile(UUID id, String name, long size, String contentType, String url) {
        static SessionFile of(StoredAsset stored) {
            Asset asset = stored.asset();
            return new SessionFile(asset.id().value(), asset.fileName().value(), asset.size(),
                    asset.contentType().value(), stored.downloadUrl().url().toString());
        }
    }
}
