package ai.iiagent.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.files.InvalidSignatureException;
import ai.iiagent.domain.files.SignedUrlExpiredException;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.AssetPage;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.in.files.CompleteUploadCommand;
import ai.iiagent.port.in.files.CreateDownloadUrlsQuery;
import ai.iiagent.port.in.files.DownloadUrls;
import ai.iiagent.port.in.files.GetAvatarQuery;
import ai.iiagent.port.in.files.ListMediaLibraryQuery;
import ai.iiagent.port.in.files.ListSessionFilesQuery;
import ai.iiagent.port.in.files.PendingUpload;
import ai.iiagent.port.in.files.ReadPublicAssetQuery;
import ai.iiagent.port.in.files.ReadSignedObjectQuery;
import ai.iiagent.port.in.files.ResolveAttachmentsQuery;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.files.UploadAvatarCommand;
import ai.iiagent.port.out.storage.InMemoryStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listing, sharing, avatars and the attachment hook, on in-memory fakes. */
class FileLibraryServicesTest extends FilesFixture {

    final CreateDownloadUrlsService urls = new CreateDownloadUrlsService(assets, storage, getSession, clock, policy);
    final ListMediaLibraryService library = new ListMediaLibraryService(assets, storage, getSession, clock, policy);
    final UploadAvatarService uploadAvatar = new UploadAvatarService(assets, storage, getSession, clock, policy);
    final GetAvatarService getAvatar = new GetAvatarService(assets, storage, getSession, clock, policy);
    final ListSessionFilesService sessionFiles = new ListSessionFilesService(assets, storage, getSession, clock, policy);
    final ReadPublicAssetService publicAsset = new ReadPublicAssetService(assets, storage, getSession, clock, policy);
    final ResolveAttachmentsService attachments = new ResolveAttachmentsService(assets, storage, getSession, clock, policy);
    final ReadSignedObjectService signedRead = new ReadSignedObjectService(assets, storage, getSession, clock, policy);

    StoredAsset ready(SessionId session) {
        PendingUpload pending = startText(alice, session);
        upload(pending, BODY);
        return complete.complete(new CompleteUploadCommand(alice, pending.asset().id(), null));
    }

    @Test
    void givenMixedIds_whenDownloadUrlsAsked_thenOnlyOwnReadyAssetsAreSigned() {
        StoredAsset mine = ready(null);
        PendingUpload pending = startText(alice, null);
        AssetId unknown = AssetId.random();

        DownloadUrls result = urls.create(new CreateDownloadUrlsQuery(alice, List.of(mine.asset().id(),
                pending.asset().id(), unknown, mine.asset().id())));
        DownloadUrls forBob = urls.create(new CreateDownloadUrlsQuery(bob, List.of(mine.asset().id())));

        assertThat(result.found()).extracting(found -> found.asset().id()).containsExactly(mine.asset().id());
        assertThat(result.missing()).containsExactly(pending.asset().id(), unknown);
        assertThat(forBob.found()).isEmpty();
        assertThat(forBob.missing()).containsExactly(mine.asset().id());
    }

    @Test
    void givenUploadsOverTime_whenLibraryListed_thenNewestFirstWithTotal() {
        StoredAsset first = ready(null);
        clock.advance(Duration.ofSeconds(5));
        StoredAsset second = ready(null);
        startText(alice, null);

        AssetPage page = library.list(new ListMediaLibraryQuery(alice, 1, 0));
        assertThat(page.items()).extracting(item -> item.asset().id()).containsExactly(second.asset().id());
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.hasMore()).isTrue();
        assertThat(library.list(new ListMediaLibraryQuery(alice, 10, 1)).items())
                .extracting(item -> item.asset().id()).containsExactly(first.asset().id());
        assertThat(library.list(new ListMediaLibraryQuery(bob, 10, 0)).total()).isZero();
    }

    @Test
    void givenAvatars_whenUploadedAndRead_thenNewestWinsAndLimitsApply() {
        assertThatThrownBy(() -> getAvatar.get(new GetAvatarQuery(alice))).isInstanceOf(AssetNotFoundException.class);
        uploadAvatar.upload(new UploadAvatarCommand(alice, "me.png", "image/png", 4, bytes(4)));
        clock.advance(Duration.ofSeconds(1));
        StoredAsset newer = uploadAvatar.upload(new UploadAvatarCommand(alice, "me2.png", "image/png", 5, bytes(5)));

        assertThat(getAvatar.get(new GetAvatarQuery(alice)).asset().id()).isEqualTo(newer.asset().id());
        assertThat(newer.asset().key().value()).startsWith("users/" + alice.userId() + "/avatar/");
        assertThat(library.list(new ListMediaLibraryQuery(alice, 10, 0)).total()).isZero();
        assertThatThrownBy(() -> uploadAvatar.upload(new UploadAvatarCommand(alice, "big.png", "image/png", 11, bytes(11))))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> uploadAvatar.upload(new UploadAvatarCommand(alice, "me.gif", "image/gif", 1, bytes(1))))
                .isInstanceOf(ContentTypeNotAllowedException.class);
    }

    @Test
    void givenLinkedFiles_whenSessionFilesListed_thenOnlyForTheOwner() {
        SessionId session = sessionOf(alice);
        StoredAsset linked = ready(session);
        ready(null);

        List<StoredAsset> files = sessionFiles.list(new ListSessionFilesQuery(alice, session));
        assertThat(files).extracting(file -> file.asset().id()).containsExactly(linked.asset().id());
        assertThatThrownBy(() -> sessionFiles.list(new ListSessionFilesQuery(bob, session)))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenPublicSession_whenAssetReadAnonymously_thenOnlyItsLinkedAssets() throws IOException {
        SessionId session = sessionOf(alice);
        StoredAsset linked = ready(session);
        StoredAsset unlinked = ready(null);
        ReadPublicAssetQuery query = new ReadPublicAssetQuery(session, linked.asset().id(), null);

        assertThatThrownBy(() -> publicAsset.read(query)).isInstanceOf(SessionNotFoundException.class);
        sessions.save(sessions.findById(session).orElseThrow().published(true, clock.now()));

        try (AssetContent content = publicAsset.read(query)) {
            assertThat(content.content().stream().readAllBytes()).isEqualTo(BODY);
        }
        assertThatThrownBy(() -> publicAsset.read(new ReadPublicAssetQuery(session, unlinked.asset().id(), null)))
                .isInstanceOf(AssetNotFoundException.class);
    }

    @Test
    void givenAttachedIds_whenResolved_thenOwnReadyAssetsOpenOrTheWholeQueryFails() throws IOException {
        StoredAsset mine = ready(null);
        List<Attachment> resolved = attachments.resolve(new ResolveAttachmentsQuery(alice,
                List.of(mine.asset().id(), mine.asset().id())));

        assertThat(resolved).hasSize(1);
        try (InputStream in = resolved.getFirst().open()) {
            assertThat(in.readAllBytes()).isEqualTo(BODY);
        }
        assertThatThrownBy(() -> attachments.resolve(new ResolveAttachmentsQuery(bob, List.of(mine.asset().id()))))
                .isInstanceOf(AssetNotFoundException.class);
        assertThatThrownBy(() -> attachments.resolve(new ResolveAttachmentsQuery(alice,
                List.of(mine.asset().id(), startText(alice, null).asset().id()))))
                .isInstanceOf(AssetNotFoundException.class);
    }

    @Test
    void givenSignedDownload_whenReadBeforeAndAfterExpiry_thenServedThenRefused() throws IOException {
        StoredAsset mine = ready(null);
        String key = mine.asset().key().value();
        long expires = mine.downloadUrl().expiresAt().getEpochSecond();
        String signature = InMemoryStorage.signatureOf("GET", mine.asset().key(), expires);

        try (AssetContent content = signedRead.read(new ReadSignedObjectQuery(key, expires, signature, null))) {
            assertThat(content.content().stream().readAllBytes()).isEqualTo(BODY);
        }
        assertThatThrownBy(() -> signedRead.read(new ReadSignedObjectQuery(key, expires,
                InMemoryStorage.signatureOf("PUT", mine.asset().key(), expires), null)))
                .isInstanceOf(InvalidSignatureException.class);
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> signedRead.read(new ReadSignedObjectQuery(key, expires, signature, null)))
                .isInstanceOf(SignedUrlExpiredException.class);
    }

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }
}
