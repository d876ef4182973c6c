package ai.iiagent.port.out.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link AssetRepository} in memory, for use-case tests. */
public class InMemoryAssetRepository implements AssetRepository {

    private final Map<AssetId, Asset> rows = new LinkedHashMap<>();
    private final Map<SessionId, Set<AssetId>> links = new LinkedHashMap<>();

    @Override
    public synchronized Asset save(Asset asset) {
        rows.put(asset.id(), asset);
        return asset;
    }

    @Override
    public synchronized Optional<Asset> findById(AssetId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<Asset> findByKey(ObjectKey key) {
        return rows.values().stream().filter(asset -> asset.key().equals(key)).findFirst();
    }

    @Override
    public synchronized List<Asset> listReady(UserId owner, AssetPurpose purpose, int limit, int offset) {
        return ready(owner, purpose).skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long countReady(UserId owner, AssetPurpose purpose) {
        return ready(owner, purpose).count();
    }

    @Override
    public synchronized void link(SessionId session, AssetId asset) {
        links.computeIfAbsent(session, ignored -> new LinkedHashSet<>()).add(asset);
    }

    @Override
    public synchronized List<Asset> listLinked(SessionId session) {
        List<Asset> linked = new ArrayList<>();
        links.getOrDefault(session, Set.of()).forEach(id -> findById(id).filter(Asset::isReady).ifPresent(linked::add));
        return linked;
    }

    @Override
    public synchronized boolean isLinked(SessionId session, AssetId asset) {
        return links.getOrDefault(session, Set.of()).contains(asset);
    }

    private Stream<Asset> ready(UserId owner, AssetPurpose purpose) {
        return rows.values().stream()
                .filter(asset -> asset.isOwnedBy(owner) && asset.purpose() == purpose && asset.isReady())
                .sorted(Comparator.comparing(Asset::createdAt).reversed().thenComparing(asset -> asset.id().value()));
    }

    @Override
    public synchronized List<Asset> listPendingCreatedBefore(Instant cutoff, int limit) {
        return rows.values().stream().filter(asset -> !asset.isReady() && asset.createdAt().isBefore(cutoff))
                .sorted(Comparator.comparing(Asset::createdAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean deletePending(AssetId id) {
        Asset asset = rows.get(id);
        if (asset == null || asset.isReady()) {
            return false;
        }
        rows.remove(id);
        links.values().forEach(linked -> linked.remove(id));
        return true;
    }
}
