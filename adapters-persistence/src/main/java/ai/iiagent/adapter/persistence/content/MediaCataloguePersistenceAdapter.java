package ai.iiagent.adapter.persistence.content;

import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.port.out.content.MediaCatalogueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link MediaCatalogueRepository} on PostgreSQL ({@code media_templates}, {@code media_tools}). */
@ApplicationScoped
public class MediaCataloguePersistenceAdapter implements MediaCatalogueRepository {

    private static final String TEMPLATE_COLUMNS = "SELECT id, name, type, category, description, prompt, aspect_ratio"
            + " FROM media_templates";
    private static final String TOOL_COLUMNS = "SELECT id, name, type, description, tool_name, available,"
            + " unavailable_reason FROM media_tools";
    // a case-insensitive part of the name ('' matches all; strpos, so no LIKE wildcards) and the type
    private static final String NAME_FILTER = " WHERE strpos(lower(name), lower(?1)) > 0";
    private static final String TYPE_FILTER = " AND type = ?2";

    private final EntityManager entityManager;

    public MediaCataloguePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public List<MediaTemplate> templates(MediaCategory type, String nameContains, long offset, int limit) {
        Query query = entityManager.createNativeQuery(TEMPLATE_COLUMNS + NAME_FILTER + (type == null ? "" : TYPE_FILTER)
                + " ORDER BY position, id OFFSET " + Math.max(0, offset) + " LIMIT " + Math.max(0, limit));
        filter(query, type, nameContains);
        return rows(query).stream().map(MediaCataloguePersistenceAdapter::template).toList();
    }

    @Override
    @Transactional
    public long countTemplates(MediaCategory type, String nameContains) {
        Query query = entityManager.createNativeQuery("SELECT count(*) FROM media_templates" + NAME_FILTER
                + (type == null ? "" : TYPE_FILTER));
        return ((Number) filter(query, type, nameContains).getSingleResult()).longValue();
    }

    @Override
    @Transactional
    public Optional<MediaTemplate> template(String id) {
        return rows(entityManager.createNativeQuery(TEMPLATE_COLUMNS + " WHERE id = ?1").setParameter(1, id)).stream()
                .findFirst().map(MediaCataloguePersistenceAdapter::template);
    }

    @Override
    @Transactional
    public List<MediaTool> tools() {
        return rows(entityManager.createNativeQuery(TOOL_COLUMNS + " ORDER BY position, id")).stream()
                .map(MediaCataloguePersistenceAdapter::tool).toList();
    }

    @Override
    @Transactional
    public Optional<MediaTool> tool(String id) {
        return rows(entityManager.createNativeQuery(TOOL_COLUMNS + " WHERE id = ?1").setParameter(1, id)).stream()
                .findFirst().map(MediaCataloguePersistenceAdapter::tool);
    }

    @Override
    @Transactional
    public int replaceAll(List<MediaTemplate> templates, List<MediaTool> tools) {
        int written = 0;
        for (int i = 0; i < templates.size(); i++) {
            MediaTemplate t = templates.get(i);
            written += entityManager.createNativeQuery("INSERT INTO media_templates (id, name, type, category,"
                            + " description, prompt, aspect_ratio, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                            + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type,"
                            + " category = EXCLUDED.category, description = EXCLUDED.description,"
                            + " prompt = EXCLUDED.prompt, aspect_ratio = EXCLUDED.aspect_ratio,"
                            + " position = EXCLUDED.position, updated_at = now()")
                    .setParameter(1, t.id()).setParameter(2, t.name()).setParameter(3, t.type().code())
                    .setParameter(4, t.category()).setParameter(5, t.description()).setParameter(6, t.prompt())
                    .setParameter(7, t.aspectRatio()).setParameter(8, i).executeUpdate();
        }
        for (int i = 0; i < tools.size(); i++) {
            MediaTool t = tools.get(i);
            written += entityManager.createNativeQuery("INSERT INTO media_tools (id, name, type, description, tool_name,"
                            + " available, unavailable_reason, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                            + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type,"
                            + " description = EXCLUDED.description, tool_name = EXCLUDED.tool_name,"
                            + " available = EXCLUDED.available, unavailable_reason = EXCLUDED.unavailable_reason,"
                            + " position = EXCLUDED.position, updated_at = now()")
                    .setParameter(1, t.id()).setParameter(2, t.name()).setParameter(3, t.type().code())
                    .setParameter(4, t.description()).setParameter(5, t.toolName()).setParameter(6, t.available())
                    .setParameter(7, t.unavailableReason()).setParameter(8, i).executeUpdate();
        }
        written += entityManager.createNativeQuery("DELETE FROM media_templates WHERE NOT (id = ANY (CAST(?1 AS text[])))")
                .setParameter(1, idArray(templates.stream().map(MediaTemplate::id).toList())).executeUpdate();
        written += entityManager.createNativeQuery("DELETE FROM media_tools WHERE NOT (id = ANY (CAST(?1 AS text[])))")
                .setParameter(1, idArray(tools.stream().map(MediaTool::id).toList())).executeUpdate();
        return written;
    }

    private static Query filter(Query query, MediaCategory type, String nameContains) {
        query.setParameter(1, nameContains == null ? "" : nameContains);
        return type == null ? query : query.setParameter(2, type.code());
    }

    // a PostgreSQL array literal of catalogue ids (slugs: letters, digits and dashes, nothing to quote)
    private static String idArray(List<String> ids) {
        return "{" + String.join(",", ids) + "}";
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static MediaTemplate template(Object[] row) {
        return new MediaTemplate((String) row[0], (String) row[1], category((String) row[2]), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6]);
    }

    private static MediaTool tool(Object[] row) {
        return new MediaTool((String) row[0], (String) row[1], category((String) row[2]), (String) row[3],
                (String) row[4], (Boolean) row[5], (String) row[6]);
    }

    private static MediaCategory category(String code) {
        return MediaCategory.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown media type " + code));
    }
}
