package ai.iiagent.adapter.persistence.content;

import ai.iiagent.domain.content.SlideTemplate;
import ai.iiagent.port.out.content.SlideTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link SlideTemplateRepository} on {@code slide_templates}. */
@ApplicationScoped
public class SlideTemplatePersistenceAdapter implements SlideTemplateRepository {

    private final ContentJdbc jdbc;

    public SlideTemplatePersistenceAdapter(ContentJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<SlideTemplate> page(String search, int offset, int limit) {
        return jdbc.query("""
                select * from slide_templates where (?::text is null or strpos(lower(slide_template_name), lower(?::text)) > 0)
                order by lower(slide_template_name), id offset ? limit ?""", statement -> {
            statement.setString(1, search);
            statement.setString(2, search);
            statement.setInt(3, offset);
            statement.setInt(4, limit);
        }, SlideTemplatePersistenceAdapter::template);
    }

    @Override
    @Transactional
    public long count(String search) {
        return jdbc.query("""
                select count(*) from slide_templates
                where (?::text is null or strpos(lower(slide_template_name), lower(?::text)) > 0)""", statement -> {
            statement.setString(1, search);
            statement.setString(2, search);
        }, rows -> rows.getLong(1)).get(0);
    }

    @Override
    @Transactional
    public Optional<SlideTemplate> find(UUID id) {
        return jdbc.query("select * from slide_templates where id = ?", statement -> ContentJdbc.setUuid(statement, 1, id),
                SlideTemplatePersistenceAdapter::template).stream().findFirst();
    }

    @Override
    @Transactional
    public void save(SlideTemplate template) {
        jdbc.update("""
                insert into slide_templates (id, slide_template_name, slide_content, slide_template_images)
                values (?, ?, ?, ?) on conflict (id) do update set slide_template_name = excluded.slide_template_name,
                    slide_content = excluded.slide_content, slide_template_images = excluded.slide_template_images""",
                statement -> {
                    ContentJdbc.setUuid(statement, 1, template.id());
                    statement.setString(2, template.name());
                    statement.setString(3, template.html());
                    statement.setArray(4, statement.getConnection().createArrayOf("text", template.images().toArray()));
                });
    }

    private static SlideTemplate template(ResultSet rows) throws SQLException {
        Array images = rows.getArray("slide_template_images");
        return new SlideTemplate(ContentJdbc.uuid(rows, "id"), rows.getString("slide_template_name"),
                rows.getString("slide_content"), images == null ? List.of() : List.of((String[]) images.getArray()));
    }
}
