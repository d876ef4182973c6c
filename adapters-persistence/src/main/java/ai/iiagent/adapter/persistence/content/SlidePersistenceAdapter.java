package ai.iiagent.adapter.persistence.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideVersion;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.out.content.SlideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link SlideRepository} on {@code slide_contents} and {@code slide_versions}. */
@ApplicationScoped
public class SlidePersistenceAdapter implements SlideRepository {

    private final ContentJdbc jdbc;

    public SlidePersistenceAdapter(ContentJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Optional<Slide> find(SessionId sessionId, String presentationName, int slideNumber) {
        return jdbc.query("select * from slide_contents where session_id = ? and presentation_name = ? and slide_number = ?",
                statement -> {
                    ContentJdbc.setUuid(statement, 1, sessionId.value());
                    statement.setString(2, presentationName);
                    statement.setInt(3, slideNumber);
                }, SlidePersistenceAdapter::slide).stream().findFirst();
    }

    @Override
    @Transactional
    public void save(Slide slide, SlideVersion version) {
        jdbc.update("""
                insert into slide_versions (session_id, presentation_name, slide_number, version, slide_title, description,
                    slide_type, slide_content, source, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            ContentJdbc.setUuid(statement, 1, slide.sessionId().value());
            statement.setString(2, slide.presentationName());
            statement.setInt(3, slide.slideNumber());
            statement.setInt(4, version.version());
            statement.setString(5, version.title());
            statement.setString(6, version.description());
            statement.setString(7, version.type());
            statement.setString(8, version.html());
            statement.setString(9, version.source());
            ContentJdbc.setInstant(statement, 10, version.createdAt());
        }, () -> {
            throw new ConflictException(SlideErrors.SLIDE_CONFLICT, "slide " + slide.slideNumber()
                    + " was changed at the same moment; try again");
        });
        jdbc.update("""
                insert into slide_contents (session_id, presentation_name, slide_number, slide_title, description, slide_type,
                    slide_content, version, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (session_id, presentation_name, slide_number) do update set slide_title = excluded.slide_title,
                    description = excluded.description, slide_type = excluded.slide_type,
                    slide_content = excluded.slide_content, version = excluded.version, updated_at = excluded.updated_at""",
                statement -> {
                    ContentJdbc.setUuid(statement, 1, slide.sessionId().value());
                    statement.setString(2, slide.presentationName());
                    statement.setInt(3, slide.slideNumber());
                    statement.setString(4, slide.title());
                    statement.setString(5, slide.description());
                    statement.setString(6, slide.type());
                    statement.setString(7, slide.html());
                    statement.setInt(8, slide.version());
                    ContentJdbc.setInstant(statement, 9, slide.updatedAt());
                });
    }

    @Override
    @Transactional
    public List<Slide> list(SessionId sessionId) {
        return jdbc.query("select * from slide_contents where session_id = ? order by presentation_name, slide_number",
                statement -> ContentJdbc.setUuid(statement, 1, sessionId.value()), SlidePersistenceAdapter::slide);
    }

    @Override
    @Transactional
    public List<SlideVersion> versions(SessionId sessionId, String presentationName, int slideNumber) {
        return jdbc.query("""
                select * from slide_versions where session_id = ? and presentation_name = ? and slide_number = ?
                order by version""", statement -> {
            ContentJdbc.setUuid(statement, 1, sessionId.value());
            statement.setString(2, presentationName);
            statement.setInt(3, slideNumber);
        }, rows -> new SlideVersion(rows.getInt("version"), rows.getString("slide_title"), rows.getString("description"),
                rows.getString("slide_type"), rows.getString("slide_content"), rows.getString("source"),
                ContentJdbc.instant(rows, "created_at")));
    }

    private static Slide slide(ResultSet rows) throws SQLException {
        return new Slide(new SessionId(ContentJdbc.uuid(rows, "session_id")), rows.getString("presentation_name"),
                rows.getInt("slide_number"), rows.getString("slide_title"), rows.getString("description"),
                rows.getString("slide_type"), rows.getString("slide_content"), rows.getInt("version"),
                ContentJdbc.instant(rows, "updated_at"));
    }
}
