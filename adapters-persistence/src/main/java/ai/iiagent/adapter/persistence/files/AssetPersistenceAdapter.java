package ai.iiagent.adapter.persistence.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.AssetStatus;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.files.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link AssetRepository} in plain SQL on the ORM's connection: an upsert by id and indexed lists. */
@ApplicationScoped
public class AssetPersistenceAdapter implements AssetRepository {

    private static final String COLUMNS = "a.id, a.user_id, a.file_name, a.content_type, a.size_bytes, a.storage_key, "
            + "a.status, a.purpose, a.session_id, a.created_at, a.updated_at";

    private final EntityManager entityManager;

    public AssetPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public Asset save(Asset asset) {
        entityManager.createNativeQuery("""
                        insert into assets (id, user_id, file_name, content_type, size_bytes, storage_key, status, purpose,
                                            session_id, created_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as uuid), ?10, ?11)
                        on conflict (id) do update set status = excluded.status, size_bytes = excluded.size_bytes,
                            session_id = excluded.session_id, updated_at = excluded.updated_at""")
                .setParameter(1, asset.id().value()).setParameter(2, asset.ownerId().value())
                .setParameter(3, asset.fileName().value()).setParameter(4, asset.contentType().value())
                .setParameter(5, asset.size()).setParameter(6, asset.key().value())
                .setParameter(7, asset.status().code()).setParameter(8, asset.purpose().code())
                .setParameter(9, asset.sessionId() == null ? null : asset.sessionId().value())
                .setParameter(10, asset.createdAt()).setParameter(11, asset.updatedAt())
                .executeUpdate();
        return asset;
    }

    @Override
    @Transactional
    public Optional<Asset> findById(AssetId id) {
        return one("select " + COLUMNS + " from assets a where a.id = ?1", id.value());
    }

    @Override
    @Transactional
    public Optional<Asset> findByKey(ObjectKey key) {
        return one("select " + COLUMNS + " from assets a where a.storage_key = ?1", key.value());
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Asset> listReady(UserId owner, AssetPurpose purpose, int limit, int offset) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + """
                         from assets a where a.user_id = ?1 and a.purpose = ?2 and a.status = 'ready'
                        order by a.created_at desc, a.id limit ?3 offset ?4""")
                .setParameter(1, owner.value()).setParameter(2, purpose.code())
                .setParameter(3, limit).setParameter(4, offset).getResultList();
        return rows.stream().map(AssetPersistenceAdapter::asset).toList();
    }

    @Override
    @Transactional
    public long countReady(UserId owner, AssetPurpose purpose) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from assets where user_id = ?1 and purpose = ?2 and status = 'ready'")
                .setParameter(1, owner.value()).setParameter(2, purpose.code()).getSingleResult()).longValue();
    }

    @Override
    @Transactional
    public void link(SessionId session, AssetId asset) {
        entityManager.createNativeQuery("""
                        insert into session_assets (session_id, asset_id) values (?1, ?2)
                        on conflict (session_id, asset_id) do nothing""")
                .setParameter(1, session.value()).setParameter(2, asset.value()).executeUpdate();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Asset> listLinked(SessionId session) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + """
                         from session_assets l join assets a on a.id = l.asset_id
                        where l.session_id = ?1 and a.status = 'ready' order by l.created_at, a.id""")
                .setParameter(1, session.value()).getResultList();
        return rows.stream().map(AssetPersistenceAdapter::asset).toList();
    }

    @Override
    @Transactional
    public boolean isLinked(SessionId session, AssetId asset) {
        return !entityManager.createNativeQuery("select 1 from session_assets where session_id = ?1 and asset_id = ?2")
                .setParameter(1, session.value()).setParameter(2, asset.value()).getResultList().isEmpty();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Asset> listPendingCreatedBefore(Instant cutoff, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + """
                         from assets a where a.status = 'pending' and a.created_at < ?1
                        order by a.created_at, a.id limit ?2""")
                .setParameter(1, cutoff).setParameter(2, limit).getResultList();
        return rows.stream().map(AssetPersistenceAdapter::asset).toList();
    }

    @Override
    @Transactional
    public boolean deletePending(AssetId id) {
        return entityManager.createNativeQuery("delete from assets where id = ?1 and status = 'pending'")
                .setParameter(1, id.value()).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private Optional<Asset> one(String sql, Object parameter) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().findFirst().map(AssetPersistenceAdapter::asset);
    }

    private static Asset asset(Object[] row) {
        return new Asset(new AssetId((UUID) row[0]), new UserId((UUID) row[1]), new FileName((String) row[2]),
                new ContentType((String) row[3]), ((Number) row[4]).longValue(), new ObjectKey((String) row[5]),
                AssetStatus.ofCode((String) row[6]), AssetPurpose.ofCode((String) row[7]),
                row[8] == null ? null : new SessionId((UUID) row[8]), instant(row[9]), instant(row[10]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
