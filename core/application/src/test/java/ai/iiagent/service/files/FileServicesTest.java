package ai.iiagent.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.AssetStatus;
import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.files.InvalidObjectKeyException;
import ai.iiagent.domain.files.InvalidSignatureException;
import ai.iiagent.domain.files.RangeNotSatisfiableException;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.files.SignedUrlExpiredException;
import ai.iiagent.domain.files.UploadIncompleteException;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.files.UploadSizeMismatchException;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.CompleteUploadCommand;
import ai.iiagent.port.in.files.DownloadAssetQuery;
import ai.iiagent.port.in.files.PendingUpload;
import ai.iiagent.port.in.files.ReceiveSignedUploadCommand;
import ai.iiagent.port.in.files.StartUploadCommand;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.files.InMemoryAssetRepository;
import ai.iiagent.port.out.sessions.InMemorySessionPlanRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import ai.iiagent.port.out.storage.InMemoryStorage;
import ai.iiagent.service.sessions.GetSessionService;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Upload, completion, download and signed-URL rules of the files use cases, on in-memory fakes. */
class FileServicesTest extends FilesFixture {

    @Test
    void givenUploadedBody_whenCompletedAndDownloaded_thenSameBytesAndLinkedToSession() throws IOException {
        SessionId session = sessionOf(alice);
        PendingUpload pending = startText(alice, session);
        assertThat(pending.asset().status()).isEqualTo(AssetStatus.PENDING);
        assertThat(pending.asset().key().value()).startsWith("users/" + alice.userId() + "/docs/").endsWith(".txt");

        upload(pending, BODY);
        StoredAsset ready = complete.complete(new CompleteUploadCommand(alice, pending.asset().id(), null));

        assertThat(ready.asset().status()).isEqualTo(AssetStatus.READY);
        assertThat(assets.isLinked(session, ready.asset().id())).isTrue();
        try (AssetContent content = download.download(new DownloadAssetQuery(alice, ready.asset().id(), null))) {
            assertThat(content.content().stream().readAllBytes()).isEqualTo(BODY);
        }
    }

    @Test
    void givenDeclaredLimits_whenStarted_thenSizeAndTypeAreEnforced() {
        assertThatThrownBy(() -> start.start(new StartUploadCommand(alice, "big.png", "image/png", 101, null)))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> start.start(new StartUploadCommand(alice, "x.exe", "application/x-msdownload", 1, null)))
                .isInstanceOf(ContentTypeNotAllowedException.class);
        assertThat(start.start(new StartUploadCommand(alice, "ok.png", "IMAGE/PNG", 100, null)).asset().size())
                .isEqualTo(100);
    }

    @Test
    void givenHostileFileName_whenStarted_thenKeyIsBuiltFromIdsOnly() {
        PendingUpload pending = start.start(new StartUploadCommand(alice, "../../etc/passwd.txt", "text/plain", 1, null));
        assertThat(pending.asset().fileName().value()).isEqualTo("passwd.txt");
        assertThat(pending.asset().key().value())
                .isEqualTo("users/" + alice.userId() + "/docs/" + pending.asset().id() + ".txt");
    }

    @Test
    void givenSomeoneElsesSession_whenStartedOrCompletedWithIt_thenSessionNotFound() {
        SessionId bobs = sessionOf(bob);
        assertThatThrownBy(() -> startText(alice, bobs)).isInstanceOf(SessionNotFoundException.class);
        PendingUpload pending = startText(alice, null);
        upload(pending, BODY);
        assertThatThrownBy(() -> complete.complete(new CompleteUploadCommand(alice, pending.asset().id(), bobs)))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenAlicesAsset_whenBobTouchesIt_thenNotFound() {
        PendingUpload pending = startText(alice, null);
        upload(pending, BODY);
        AssetId id = pending.asset().id();
        assertThatThrownBy(() -> complete.complete(new CompleteUploadCommand(bob, id, null)))
                .isInstanceOf(AssetNotFoundException.class);
        complete.complete(new CompleteUploadCommand(alice, id, null));
        assertThatThrownBy(() -> download.download(new DownloadAssetQuery(bob, id, null)))
                .isInstanceOf(AssetNotFoundException.class);
    }

    @Test
    void givenNothingOrWrongSizeStored_whenCompleted_thenUploadIncomplete() {
        PendingUpload nothing = startText(alice, null);
        assertThatThrownBy(() -> complete.complete(new CompleteUploadCommand(alice, nothing.asset().id(), null)))
                .isInstanceOf(UploadIncompleteException.class);
        storage.putDirectly(nothing.asset().key(), new byte[3]);
        assertThatThrownBy(() -> complete.complete(new CompleteUploadCommand(alice, nothing.asset().id(), null)))
                .isInstanceOf(UploadIncompleteException.class);
        assertThatThrownBy(() -> download.download(new DownloadAssetQuery(alice, nothing.asset().id(), null)))
                .isInstanceOf(AssetNotFoundException.class);
    }

    @Test
    void givenPutInFlight_whenCompleted_thenCompletionWaitsForItAndALaterPutIsRefused() throws Exception {
        PendingUpload pending = startText(alice, null);
        upload(pending, BODY);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        byte[] replacement = "abcdefghij".getBytes(StandardCharsets.UTF_8);
        InputStream slow = new FilterInputStream(new ByteArrayInputStream(replacement)) {
            @Override
            public int read() throws IOException {
                pause();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                pause();
                return super.read(buffer, offset, length);
            }

            private void pause() throws IOException {
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    throw new IOException(interrupted);
                }
            }
        };
        Asset asset = pending.asset();
        long expires = pending.uploadUrl().expiresAt().getEpochSecond();
        String signature = InMemoryStorage.signatureOf("PUT", asset.key(), expires);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> put = pool.submit(() -> receive.receive(
                    new ReceiveSignedUploadCommand(asset.key().value(), expires, signature, slow)));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            Future<StoredAsset> completion = pool.submit(() -> complete.complete(new CompleteUploadCommand(alice, asset.id(), null)));

            Thread.sleep(300); // without the key lock, completion finishes at once, before the PUT lands
            assertThat(completion).isNotDone();
            release.countDown();
            put.get(10, TimeUnit.SECONDS);
            completion.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        try (AssetContent content = download.download(new DownloadAssetQuery(alice, asset.id(), null))) {
            assertThat(content.content().stream().readAllBytes()).isEqualTo(replacement);
        }
        assertThatThrownBy(() -> upload(pending, BODY)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is complete");
        assertThat(locks.size()).isZero();
    }

    @Test
    void givenBodyOfOtherSize_whenReceived_thenRefusedAndNothingStored() {
        PendingUpload longer = startText(alice, null);
        assertThatThrownBy(() -> upload(longer, "0123456789X".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UploadSizeMismatchException.class);
        PendingUpload shorter = startText(alice, null);
        assertThatThrownBy(() -> upload(shorter, "0123".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UploadSizeMismatchException.class);
        assertThat(storage.head(longer.asset().key())).isEmpty();
        assertThat(storage.head(shorter.asset().key())).isEmpty();
    }

    @Test
    void givenTamperedOrExpiredSignature_whenReceived_thenRefused() {
        PendingUpload pending = startText(alice, null);
        String key = pending.asset().key().value();
        long expires = pending.uploadUrl().expiresAt().getEpochSecond();
        String good = InMemoryStorage.signatureOf("PUT", pending.asset().key(), expires);

        assertThatThrownBy(() -> receive.receive(new ReceiveSignedUploadCommand(key, expires + 3600, good, body())))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> receive.receive(new ReceiveSignedUploadCommand(key, expires, good + "x", body())))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> receive.receive(new ReceiveSignedUploadCommand(key, expires,
                InMemoryStorage.signatureOf("GET", pending.asset().key(), expires), body())))
                .isInstanceOf(InvalidSignatureException.class);
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> receive.receive(new ReceiveSignedUploadCommand(key, expires, good, body())))
                .isInstanceOf(SignedUrlExpiredException.class);
    }

    @Test
    void givenTraversalKeys_whenReceived_thenRefusedBeforeAnyLookup() {
        for (String key : List.of("../etc/passwd", "users/../../x", "/etc/passwd", "users\\x", "users//x", "")) {
            assertThatThrownBy(() -> receive.receive(new ReceiveSignedUploadCommand(key, Long.MAX_VALUE, "s", body())))
                    .as(key).isInstanceOf(InvalidObjectKeyException.class);
        }
    }

    @Test
    void givenStoreThatDoesNotServeSignedUrls_whenReceived_thenInvalidSignature() {
        InMemoryStorage s3Like = new InMemoryStorage(false);
        PendingUpload pending = new StartUploadService(assets, s3Like, getSession, clock, policy).start(
                new StartUploadCommand(alice, "a.txt", "text/plain", 1, null));
        long expires = pending.uploadUrl().expiresAt().getEpochSecond();
        var service = new ReceiveSignedUploadService(assets, s3Like, getSession, clock, policy, locks);
        assertThatThrownBy(() -> service.receive(new ReceiveSignedUploadCommand(pending.asset().key().value(), expires,
                InMemoryStorage.signatureOf("PUT", pending.asset().key(), expires), body())))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void givenReadyAsset_whenRangesRequested_thenResolvedAgainstItsSize() throws IOException {
        PendingUpload pending = startText(alice, null);
        upload(pending, BODY);
        AssetId id = complete.complete(new CompleteUploadCommand(alice, pending.asset().id(), null)).asset().id();

        assertThat(read(id, new RangeRequest(0L, 3L, null))).isEqualTo("0123");
        assertThat(read(id, new RangeRequest(null, null, 3L))).isEqualTo("789");
        assertThat(read(id, new RangeRequest(8L, 100L, null))).isEqualTo("89");
        assertThatThrownBy(() -> read(id, new RangeRequest(10L, null, null)))
                .isInstanceOf(RangeNotSatisfiableException.class);
    }

    private String read(AssetId id, RangeRequest range) throws IOException {
        try (AssetContent content = download.download(new DownloadAssetQuery(alice, id, range))) {
            return new String(content.content().stream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
