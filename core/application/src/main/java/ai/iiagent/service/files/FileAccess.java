package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.InvalidSignatureException;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.RangeRequest;
import ai.iiagent.domain.files.SignedUrlExpiredException;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.AssetContent;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;

/** The one place that decides who may see an asset, and how signed URLs are made and checked. */
final class FileAccess {

    final AssetRepository assets;
    final StoragePort storage;
    final ClockPort clock;
    final UploadPolicy policy;
    private final GetSessionUseCase sessions;

    FileAccess(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
               UploadPolicy policy) {
        this.assets = assets;
        this.storage = storage;
        this.sessions = sessions;
        this.clock = clock;
        this.policy = policy;
    }

    /** Someone else's, pending or unknown: all "not found". */
    Asset ownedReady(Identity owner, AssetId id) {
        return assets.findById(id).filter(asset -> asset.isOwnedBy(owner.userId()) && asset.isReady())
                .orElseThrow(() -> new AssetNotFoundException(id));
    }

    /** Public sessions are not enough: the caller must own the session to attach or list files. */
    void requireOwnedSession(Identity owner, SessionId id) {
        var view = sessions.get(new SessionQuery(owner, id));
        if (!view.session().isOwnedBy(owner.userId())) {
            throw new SessionNotFoundException(id);
        }
    }

    /** Throws unless the session is live and public. */
    void requirePublicSession(SessionId id) {
        sessions.get(new SessionQuery(null, id));
    }

    StoredAsset withUrl(Asset asset) {
        return new StoredAsset(asset, storage.signedDownloadUrl(asset.key(), asset.fileName().value(),
                clock.now().plus(policy.urlTtl())));
    }

    AssetContent open(Asset asset, RangeRequest range) {
        var bytes = range == null ? null : range.resolve(asset.size());
        return storage.open(asset.key(), bytes).map(content -> new AssetContent(asset, content))
                .orElseThrow(() -> new AssetNotFoundException(asset.id()));
    }

    /** Signature first (a tampered URL is invalid whatever its expiry), then expiry. */
    ObjectKey checkSigned(String method, String rawKey, long expires, String signature) {
        ObjectKey key = new ObjectKey(rawKey);
        if (signature == null || !storage.signatureMatches(method, key, expires, signature)) {
            throw new InvalidSignatureException();
        }
        if (clock.now().getEpochSecond() > expires) {
            throw new SignedUrlExpiredException();
        }
        return key;
    }
}
