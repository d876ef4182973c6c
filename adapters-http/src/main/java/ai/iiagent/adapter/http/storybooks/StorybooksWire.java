package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.port.in.storybooks.StorybookProgress;
import ai.iiagent.port.in.storybooks.StorybookStarted;
import ai.iiagent.port.in.storybooks.StorybookView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The storybooks API's JSON shapes (docs/storybooks.md). */
final class StorybooksWire {

    private StorybooksWire() {
    }

    /** A malformed id names no book: the same 404 as an unknown one. */
    static StorybookId id(String raw) {
        return new StorybookId(uuid(raw));
    }

    /** A malformed asset id is shown by no page: the book's 404. */
    static AssetId assetId(String raw) {
        return new AssetId(uuid(raw));
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new NotFoundException(StorybookErrors.STORYBOOK_NOT_FOUND, "storybook not found");
        }
    }

    record CreateRequest(String sessionId, String title, List<String> scenes, String style, Boolean voiceOver) {
    }

    record TextRequest(String text) {
    }

    record PublishRequest(Boolean published) {
    }

    record PageText(Integer pageNumber, String text) {
    }

    record VoiceRequest(String language, Boolean force) {
    }

    record SaveRequest(List<PageText> pages) {
    }

    record PromptRequest(Integer pageNumber, String prompt) {
    }

    /** {@code edit/ai-rewrite}: the page, how to rewrite it, and optionally the text to rewrite (the original's {@code content}). */
    record RewriteRequest(Integer pageNumber, String instruction, String content) {
    }

    record PageResponse(int pageNumber, String pageId, String text, String scene, String imageAssetId, String audioAssetId,
                        String backgroundAssetId) {
        static PageResponse of(NumberedPage page) {
            return new PageResponse(page.number(), page.page().id().toString(), page.page().text(), page.page().scene(),
                    page.page().imageAssetId().map(UUID::toString).orElse(null),
                    page.page().audioAssetId().map(UUID::toString).orElse(null),
                    page.page().backgroundAssetId().map(UUID::toString).orElse(null));
        }
    }

    record StorybookResponse(String id, String sessionId, String title, String style, String rootId, String parentId,
                             int version, int pageCount, String status, boolean voiceOver, boolean published,
                             Instant createdAt, Instant updatedAt, List<PageResponse> pages) {
        static StorybookResponse of(StorybookView view) {
            Storybook book = view.book();
            return new StorybookResponse(book.id().value().toString(), book.sessionId().value().toString(), book.title(),
                    book.style(), book.rootId().value().toString(),
                    book.parentId().map(parent -> parent.value().toString()).orElse(null), book.version(), book.pageCount(),
                    book.status().name().toLowerCase(Locale.ROOT), book.voiceOver(), book.published(), book.createdAt(),
                    book.updatedAt(), view.pages().stream().map(PageResponse::of).toList());
        }

        static StorybookResponse of(Storybook book) {
            return of(new StorybookView(book, List.of()));
        }
    }

    record StartedResponse(StorybookResponse storybook, String jobId, List<BigDecimal> pageCredits, BigDecimal quoteCredits) {
        static StartedResponse of(StorybookStarted started) {
            return new StartedResponse(StorybookResponse.of(started.book()), started.jobId().toString(),
                    started.pagePrices().stream().map(price -> price.value()).toList(), started.quote().value());
        }
    }

    record ListResponse(String sessionId, List<StorybookResponse> storybooks) {
    }

    record VersionsResponse(String rootId, List<StorybookResponse> versions) {
    }

    record ProgressResponse(String storybookId, String status, int pagesDone, int pagesTotal, String note, boolean finished,
                            String error) {
        static ProgressResponse of(StorybookId id, StorybookProgress progress) {
            return new ProgressResponse(id.value().toString(), progress.status().name().toLowerCase(Locale.ROOT),
                    progress.done(), progress.total(), progress.note(), progress.finished(), progress.error().orElse(null));
        }
    }

    record CancelResponse(String storybookId, boolean cancelled) {
    }
}
