package ai.iiagent.adapter.http.content;

import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.port.in.content.MediaModelView;
import ai.iiagent.port.in.content.ReferenceImage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The media API's JSON shapes (docs/media.md). */
final class MediaWire {

    private MediaWire() {
    }

    record TemplateResponse(String id, String name, String type, String category, String description, String prompt,
                            String aspectRatio) {
        static TemplateResponse of(MediaTemplate template) {
            return new TemplateResponse(template.id(), template.name(), template.type().code(), template.category(),
                    template.description(), template.prompt(), template.aspectRatio());
        }
    }

    record TemplatePageResponse(List<TemplateResponse> items, long total, int page, int pageSize, boolean hasMore) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ToolResponse(String id, String name, String type, String description, String toolName, boolean available,
                        String unavailableReason) {
        static ToolResponse of(MediaTool tool) {
            return new ToolResponse(tool.id(), tool.name(), tool.type().code(), tool.description(), tool.toolName(),
                    tool.available(), tool.unavailableReason());
        }
    }

    record ToolListResponse(List<ToolResponse> tools) {
    }

    record Price(BigDecimal usd, BigDecimal credits, String per, boolean fallback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ModelResponse(String id, String provider, String displayName, boolean offline, boolean available,
                         String unavailableReason, Price price) {
        static ModelResponse of(MediaModelView model) {
            return new ModelResponse(model.id(), model.provider(), model.displayName(), model.offline(), model.available(),
                    model.unavailableReason(), new Price(model.price().usdPerUnit(), model.price().costOf(1).value(),
                    model.price().unit().code(), model.price().fallback()));
        }
    }

    record ModelListResponse(List<ModelResponse> models) {
    }

    record ReferenceImageRequest(String prompt, String aspectRatio, String modelName, String provider, UUID sessionId) {
    }

    record ReferenceImageResponse(UUID id, String name, String url, String contentType, long size, String prompt,
                                  String model, String provider, boolean offline, int width, int height,
                                  BigDecimal cost, Instant createdAt) {
        static ReferenceImageResponse of(ReferenceImage image) {
            var asset = image.asset().asset();
            return new ReferenceImageResponse(asset.id().value(), asset.fileName().value(),
                    image.asset().downloadUrl().url().toString(), asset.contentType().value(), asset.size(), image.prompt(),
                    image.model(), image.provider(), image.offline(), image.width(), image.height(), image.cost().value(),
                    asset.createdAt());
        }
    }
}
