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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Services of the files feature on in-memory fakes, and helpers to upload through them. */
abstract class FilesFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T09:00:00Z"));
    final InMemoryAssetRepository assets = new InMemoryAssetRepository();
    final InMemoryStorage storage = new InMemoryStorage();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final GetSessionService getSession = new GetSessionService(sessions, new InMemorySessionPlanRepository());
    final UploadPolicy policy = new UploadPolicy(100, List.of("image/*", "text/plain"), 10, List.of("image/png"),
            Duration.ofMinutes(10));
    final Identity alice = new Identity(UserId.random(), UserRole.USER);
    final Identity bob = new Identity(UserId.random(), UserRole.USER);

    final StartUploadService start = new StartUploadService(assets, storage, getSession, clock, policy);
    final UploadLocks locks = new UploadLocks();
    final ReceiveSignedUploadService receive = new ReceiveSignedUploadService(assets, storage, getSession, clock, policy, locks);
    final CompleteUploadService complete = new CompleteUploadService(assets, storage, getSession, clock, policy, locks);
    final DownloadAssetService download = new DownloadAssetService(assets, storage, getSession, clock, policy);

    static final byte[] BODY = "0123456789".getBytes(StandardCharsets.UTF_8);

    PendingUpload startText(Identity who, SessionId session) {
        return start.start(new StartUploadCommand(who, "notes.txt", "text/plain; charset=utf-8", BODY.length, session));
    }

    void upload(PendingUpload pending, byte[] body) {
        Asset asset = pending.asset();
        long expires = pending.uploadUrl().expiresAt().getEpochSecond();
        receive.receive(new ReceiveSignedUploadCommand(asset.key().value(), expires,
                InMemoryStorage.signatureOf("PUT", asset.key(), expires), new ByteArrayInputStream(body)));
    }

    SessionId sessionOf(Identity who) {
        return sessions.save(Session.start(SessionId.random(), who.userId(), "s", AppKind.AGENT, null, clock.now())).id();
    }

    static ByteArrayInputStream body() {
        return new ByteArrayInputStream(BODY);
    }
}
