package ai.iiagent.port.out.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores asset rows and their links to sessions. Ownership is not checked here; services filter by
 * owner. Contract: {@code AssetRepositoryContractTest}.
 */
public interface AssetRepository {

    /** Inserts or updates by id. */
    Asset save(Asset asset);

    Optional<Asset> findById(AssetId id);

    /** The asset stored under this key, if any (keys are unique). */
    Optional<Asset> findByKey(ObjectKey key);

    /** Ready assets of the owner with that purpose, newest first (ties by id). */
    List<Asset> listReady(UserId owner, AssetPurpose purpose, int limit, int offset);

    long countReady(UserId owner, AssetPurpose purpose);

    /** Idempotent: linking twice keeps one link. */
    void link(SessionId session, AssetId asset);

    /** Ready assets linked to the session, oldest link first. */
    List<Asset> listLinked(SessionId session);

    boolean isLinked(SessionId session, AssetId asset);

    /** Pending assets created before {@code cutoff}, oldest first: candidates for the abandoned-upload sweep. */
    List<Asset> listPendingCreatedBefore(Instant cutoff, int limit);

    /** Deletes the asset only while it is still pending; false when it is gone or became ready meanwhile. */
    boolean deletePending(AssetId id);
}
