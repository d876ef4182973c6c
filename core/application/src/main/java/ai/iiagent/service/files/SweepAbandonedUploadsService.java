package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.files.SweepAbandonedUploadsCommand;
import ai.iiagent.port.in.files.SweepAbandonedUploadsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes uploads nobody completed: pending for longer than the upload URL lives plus {@link #GRACE}
 * (no new PUT can start with an expired signature, and one in flight has long finished). The object goes
 * first, then the row, so a crash in between leaves a row the next sweep deletes again (deletes are idempotent).
 */
public final class SweepAbandonedUploadsService implements SweepAbandonedUploadsUseCase {

    static final Duration GRACE = Duration.ofHours(1);

    private final AssetRepository assets;
    private final StoragePort storage;
    private final ClockPort clock;
    private final UploadPolicy policy;
    private final UploadLocks locks;

    public SweepAbandonedUploadsService(AssetRepository assets, StoragePort storage, ClockPort clock, UploadPolicy policy,
                                        UploadLocks locks) {
        this.assets = assets;
        this.storage = storage;
        this.clock = clock;
        this.policy = policy;
        this.locks = locks;
    }

    @Override
    public int sweep(SweepAbandonedUploadsCommand command) {
        Instant cutoff = clock.now().minus(policy.urlTtl()).minus(GRACE);
        List<Asset> abandoned = assets.listPendingCreatedBefore(cutoff, command.batchSize());
        int removed = 0;
        for (Asset asset : abandoned) {
            boolean deleted = locks.holding(asset.key(), () -> {
                storage.delete(asset.key());
                return assets.deletePending(asset.id());
            });
            removed += deleted ? 1 : 0;
        }
        return removed;
    }
}
