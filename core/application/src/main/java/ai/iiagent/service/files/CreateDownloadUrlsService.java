package ai.iiagent.service.files;

import ai.iiagent.domain.files.FileErrors;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.files.CreateDownloadUrlsQuery;
import ai.iiagent.port.in.files.CreateDownloadUrlsUseCase;
import ai.iiagent.port.in.files.DownloadUrls;
import ai.iiagent.port.in.files.StoredAsset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Signs what the caller owns and is ready; reports the rest as missing without saying why. */
public final class CreateDownloadUrlsService implements CreateDownloadUrlsUseCase {

    private final FileAccess access;

    public CreateDownloadUrlsService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions, ClockPort clock,
            UploadPolicy policy) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
    }

    @Override
    public DownloadUrls create(CreateDownloadUrlsQuery query) {
        if (query.assetIds().size() > CreateDownloadUrlsQuery.MAX_IDS) {
            throw new ValidationException(FileErrors.TOO_MANY_ASSETS,
                    "at most " + CreateDownloadUrlsQuery.MAX_IDS + " asset ids per request");
        }
        List<StoredAsset> found = new ArrayList<>();
        List<AssetId> missing = new ArrayList<>();
        for (AssetId id : new LinkedHashSet<>(query.assetIds())) {
            access.assets.findById(id).filter(asset -> asset.isOwnedBy(query.owner().userId()) && asset.isReady())
                    .ifPresentOrElse(asset -> found.add(access.withUrl(asset)), () -> missing.add(id));
        }
        return new DownloadUrls(found, missing);
    }
}
