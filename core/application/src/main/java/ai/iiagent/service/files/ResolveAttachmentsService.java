package ai.iiagent.service.files;

import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.in.files.ResolveAttachmentsQuery;
import ai.iiagent.port.in.files.ResolveAttachmentsUseCase;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;

/** Hook for the agent runtime: all attachments resolve, or the query fails before anything is copied. */
public final class ResolveAttachmentsService implements ResolveAttachmentsUseCase {

    private final FileAccess access;

    public ResolveAttachmentsService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public List<Attachment> resolve(ResolveAttachmentsQuery query) {
        return new LinkedHashSet<>(query.assetIds()).stream()
                .map(id -> access.ownedReady(query.owner(), id))
                .map(asset -> new Attachment(asset, () -> opened(asset)))
                .toList();
    }

    private InputStream opened(Asset asset) {
        return access.storage.open(asset.key(), null).orElseThrow(() -> new AssetNotFoundException(asset.id())).stream();
    }
}
