package ai.iiagent.service.storybooks;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.DownloadAssetQuery;
import ai.iiagent.port.in.files.DownloadAssetUseCase;
import ai.iiagent.port.in.storybooks.ExportStorybookUseCase;
import ai.iiagent.port.out.documents.HtmlPagesRenderPort;
import ai.iiagent.port.out.documents.RenderAvailability;
import ai.iiagent.port.out.documents.RenderRequest;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Storybook downloads through the same Chromium renderer as slides ({@link HtmlPagesRenderPort}). */
public final class ExportStorybookService implements ExportStorybookUseCase {

    private final ReadPages reader;
    private final DownloadAssetUseCase assets;
    private final HtmlPagesRenderPort renderer;

    public ExportStorybookService(StorybookRepository books, DownloadAssetUseCase assets,
                                  HtmlPagesRenderPort renderer) {
        this.reader = new ReadPages(books);
        this.assets = assets;
        this.renderer = renderer;
    }

    @Override
    public void check(Identity caller, StorybookId id, Integer pageNumber) {
        reader.pages(caller, id, pageNumber);
        RenderAvailability availability = renderer.availability();
        if (!availability.available()) {
            throw new ServiceUnavailableException(StorybookErrors.EXPORT_UNAVAILABLE, availability.reason());
        }
    }

    @Override
    public byte[] pdf(Identity caller, StorybookId id, Integer pageNumber, BiConsumer<Integer, Integer> progress) {
        check(caller, id, pageNumber);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.renderPdf(request(caller, id, pageNumber), out, progress::accept);
        return out.toByteArray();
    }

    @Override
    public List<byte[]> pngs(Identity caller, StorybookId id, Integer pageNumber, BiConsumer<Integer, Integer> progress) {
        check(caller, id, pageNumber);
        List<byte[]> pictures = new ArrayList<>();
        renderer.renderPngs(request(caller, id, pageNumber), (index, png) -> pictures.add(png), progress::accept);
        return pictures;
    }

    @Override
    public String pageHtml(Identity caller, StorybookId id, int pageNumber) {
        return request(caller, id, pageNumber).pages().getFirst();
    }

    private RenderRequest request(Identity caller, StorybookId id, Integer pageNumber) {
        ReadPages.Chosen chosen = reader.pages(caller, id, pageNumber);
        List<String> html = new ArrayList<>();
        for (NumberedPage page : chosen.pages()) {
            byte[] picture = null;
            String type = null;
            UUID asset = page.page().imageAssetId().orElse(page.page().backgroundAssetId().orElse(null));
            if (asset != null) {
                try (AssetContent content = assets.download(new DownloadAssetQuery(caller, new AssetId(asset), null))) {
                    picture = content.content().stream().readAllBytes();
                    type = content.asset().contentType().value();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            html.add(StorybookPageHtml.page(chosen.book().title(), page.number(), chosen.book().pageCount(), picture, type,
                    page.page().text()));
        }
        return new RenderRequest(html, StorybookPageHtml.WIDTH, StorybookPageHtml.HEIGHT);
    }

    /** The caller's book and the pages asked for (all, or the one numbered). */
    static final class ReadPages {

        private final StorybookRepository books;

        ReadPages(StorybookRepository books) {
            this.books = books;
        }

        record Chosen(Storybook book, List<NumberedPage> pages) {
        }

        Chosen pages(Identity caller, StorybookId id, Integer pageNumber) {
            Storybook book = StorybookAccess.own(books, caller, id);
            List<NumberedPage> pages = books.pages(id).stream()
                    .filter(page -> pageNumber == null || page.number() == pageNumber).toList();
            if (pages.isEmpty()) {
                throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_PAGE, pageNumber == null
                        ? "the book has no pages yet" : "page_number must be 1.." + book.pageCount());
            }
            return new Chosen(book, pages);
        }
    }
}
