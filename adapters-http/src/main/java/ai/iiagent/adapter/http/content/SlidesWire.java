package ai.iiagent.adapter.http.content;

import ai.iiagent.domain.content.ImageSlideHtml;
import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideTemplate;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.port.in.content.Presentation;
import ai.iiagent.port.in.content.SlideTemplatePage;
import java.time.Instant;
import java.util.List;

/** The slides API's JSON shapes (docs/slides.md); field names follow the original's. */
final class SlidesWire {

    private SlidesWire() {
    }

    record WriteSlideRequest(String sessionId, String presentationName, Integer slideNumber, String content,
                             String title, String description, String type) {
    }

    record SlideResponse(String presentationName, int slideNumber, String slideTitle, String description, String type,
                         String slideContent, int version, Instant updatedAt, String path) {
        static SlideResponse of(Slide slide) {
            return new SlideResponse(slide.presentationName(), slide.slideNumber(), slide.title(), slide.description(),
                    slide.type(), slide.html(), slide.version(), slide.updatedAt(), slide.workspacePath());
        }
    }

    record PresentationResponse(String name, int slideCount, List<SlideResponse> slides) {
        static PresentationResponse of(Presentation presentation) {
            return new PresentationResponse(presentation.name(), presentation.slides().size(),
                    presentation.slides().stream().map(SlideResponse::of).toList());
        }
    }

    record PresentationsResponse(String sessionId, List<PresentationResponse> presentations) {
        static PresentationsResponse of(String sessionId, List<Presentation> presentations) {
            return new PresentationsResponse(sessionId, presentations.stream().map(PresentationResponse::of).toList());
        }
    }

    /** {@code id} is the version number as text, {@code image_url} an image slide's picture (else null). */
    record VersionResponse(int version, String slideTitle, String description, String type, String slideContent,
                           String source, Instant createdAt, String id, String imageUrl, boolean isCurrent) {
        static VersionResponse of(SlideVersion version, boolean current) {
            return new VersionResponse(version.version(), version.title(), version.description(), version.type(),
                    version.html(), version.source(), version.createdAt(), String.valueOf(version.version()),
                    ImageSlideHtml.pictureUrl(version.html()).orElse(null), current);
        }
    }

    record VersionsResponse(String presentationName, int slideNumber, List<VersionResponse> versions,
                            String currentVersionId) {
        static VersionsResponse of(String presentationName, int slideNumber, List<SlideVersion> versions) {
            int newest = versions.stream().mapToInt(SlideVersion::version).max().orElse(0);
            return new VersionsResponse(presentationName, slideNumber, versions.stream()
                    .map(version -> VersionResponse.of(version, version.version() == newest)).toList(),
                    newest == 0 ? null : String.valueOf(newest));
        }
    }

    /** {@code version}, or the original's {@code target_version_id} (the version number as text). */
    record RevertRequest(String sessionId, String presentationName, Integer slideNumber, Integer version,
                         String targetVersionId) {
    }

    /** The reverted slide, with the original's {@code success} and {@code new_image_url} (an image slide's picture). */
    record RevertResponse(boolean success, String newImageUrl, String presentationName, int slideNumber, String slideTitle,
                          String description, String type, String slideContent, int version, Instant updatedAt,
                          String path) {
        static RevertResponse of(Slide slide) {
            return new RevertResponse(true, ImageSlideHtml.pictureUrl(slide.html()).orElse(null), slide.presentationName(),
                    slide.slideNumber(), slide.title(), slide.description(), slide.type(), slide.html(), slide.version(),
                    slide.updatedAt(), slide.workspacePath());
        }
    }

    record SyncSlide(Integer slideNumber, String content) {
    }

    record SyncRequest(String sessionId, String presentationName, List<SyncSlide> slides) {
    }

    record SyncedSlide(int slideNumber, int version) {
    }

    record SyncResponse(boolean success, List<SyncedSlide> updated) {
    }

    record TemplateResponse(String id, String slideTemplateName, String slideContent, List<String> slideTemplateImages) {
        static TemplateResponse of(SlideTemplate template) {
            return new TemplateResponse(template.id().toString(), template.name(), template.html(), template.images());
        }
    }

    record TemplatePageResponse(List<TemplateResponse> templates, long total, int page, int pageSize, boolean hasMore) {
        static TemplatePageResponse of(SlideTemplatePage page) {
            return new TemplatePageResponse(page.templates().stream().map(TemplateResponse::of).toList(), page.total(),
                    page.page(), page.pageSize(), (long) page.page() * page.pageSize() < page.total());
        }
    }

    record CreateTemplateRequest(String slideTemplateName, String slideContent, List<String> slideTemplateImages) {
    }
}
