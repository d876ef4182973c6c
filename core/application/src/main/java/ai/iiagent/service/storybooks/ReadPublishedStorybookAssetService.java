package ai.iiagent.service.storybooks;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.DownloadAssetQuery;
import ai.iiagent.port.in.files.DownloadAssetUseCase;
import ai.iiagent.port.in.storybooks.ReadPublishedStorybookAssetUseCase;
import ai.iiagent.port.out.storybooks.StorybookRepository;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A published book's page media: only an asset one of its pages shows, read on the owner's behalf (publishing the
 * version is the owner's consent); anything else is the same not found as an unpublished book.
 */
public final class ReadPublishedStorybookAssetService implements ReadPublishedStorybookAssetUseCase {

    private final StorybookRepository books;
    private final DownloadAssetUseCase assets;

    public ReadPublishedStorybookAssetService(StorybookRepository books, DownloadAssetUseCase assets) {
        this.books = books;
        this.assets = assets;
    }

    @Override
    public AssetContent asset(StorybookId id, AssetId assetId, RangeRequest range) {
        Storybook book = StorybookAccess.published(books, id);
        boolean shown = books.pages(id).stream().map(NumberedPage::page)
                .flatMap(page -> Stream.of(page.imageAssetId(), page.backgroundAssetId(), page.audioAssetId()))
                .flatMap(Optional::stream).anyMatch(assetId.value()::equals);
        if (!shown) {
            throw StorybookAccess.notFound();
        }
        return assets.download(new DownloadAssetQuery(new Identity(book.owner(), UserRole.USER), assetId, range));
    }
}
