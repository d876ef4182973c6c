package ai.iiagent.adapter.persistence.files;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.MediaProvenance;
import ai.iiagent.port.out.files.AssetProvenanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link AssetProvenanceRepository} on PostgreSQL ({@code asset_provenance}, one row per generated asset). */
@ApplicationScoped
public class AssetProvenancePersistenceAdapter implements AssetProvenanceRepository {

    private final EntityManager entityManager;

    public AssetProvenancePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void save(AssetId asset, MediaProvenance provenance) {
        entityManager.createNativeQuery("INSERT INTO asset_provenance (asset_id, tool_name, prompt, model, provider)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (asset_id) DO UPDATE SET tool_name = EXCLUDED.tool_name,"
                        + " prompt = EXCLUDED.prompt, model = EXCLUDED.model, provider = EXCLUDED.provider")
                .setParameter(1, asset.value()).setParameter(2, provenance.toolName()).setParameter(3, provenance.prompt())
                .setParameter(4, provenance.model()).setParameter(5, provenance.provider()).executeUpdate();
    }

    @Override
    @Transactional
    public Map<AssetId, MediaProvenance> find(Collection<AssetId> assets) {
        if (assets.isEmpty()) {
            return Map.of();
        }
        // uuids as a PostgreSQL array literal: their text form needs no quoting
        String ids = assets.stream().map(id -> id.value().toString()).collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT asset_id, tool_name, prompt, model, provider"
                + " FROM asset_provenance WHERE asset_id = ANY (CAST(?1 AS uuid[]))").setParameter(1, ids).getResultList();
        Map<AssetId, MediaProvenance> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            found.put(new AssetId((UUID) row[0]), new MediaProvenance((String) row[1], (String) row[2], (String) row[3],
                    (String) row[4]));
        }
        return found;
    }
}
