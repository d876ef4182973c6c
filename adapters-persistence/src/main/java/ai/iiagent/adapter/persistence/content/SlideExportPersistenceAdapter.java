package ai.iiagent.adapter.persistence.content;

import ai.iiagent.domain.content.SlideExport;
import ai.iiagent.domain.content.SlideExportFormat;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.content.SlideExportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link SlideExportRepository} on {@code slide_exports}; each save commits on its own (status must survive a crash). */
@ApplicationScoped
public class SlideExportPersistenceAdapter implements SlideExportRepository {

    private final ContentJdbc jdbc;

    public SlideExportPersistenceAdapter(ContentJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(SlideExport export) {
        jdbc.update("""
                insert into slide_exports (id, user_id, session_id, presentation_name, format, status, slides, reservation_id,
                    error, started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set status = excluded.status,
                    reservation_id = coalesce(excluded.reservation_id, slide_exports.reservation_id),
                    error = excluded.error, finished_at = excluded.finished_at""", statement -> {
            ContentJdbc.setUuid(statement, 1, export.id());
            ContentJdbc.setUuid(statement, 2, export.owner().value());
            ContentJdbc.setUuid(statement, 3, export.sessionId().value());
            statement.setString(4, export.presentationName());
            statement.setString(5, export.format().name().toLowerCase(Locale.ROOT));
            statement.setString(6, export.status().name().toLowerCase(Locale.ROOT));
            statement.setInt(7, export.slides());
            ContentJdbc.setUuid(statement, 8, export.reservationId());
            statement.setString(9, export.error() == null ? null
                    : export.error().substring(0, Math.min(500, export.error().length())));
            ContentJdbc.setInstant(statement, 10, export.startedAt());
            ContentJdbc.setInstant(statement, 11, export.finishedAt());
        });
    }

    @Override
    @Transactional
    public Optional<SlideExport> find(UUID id) {
        return jdbc.query("select * from slide_exports where id = ?", statement -> ContentJdbc.setUuid(statement, 1, id),
                SlideExportPersistenceAdapter::export).stream().findFirst();
    }

    @Override
    @Transactional
    public List<SlideExport> running() {
        return jdbc.query("select * from slide_exports where status = 'running' order by started_at", statement -> { },
                SlideExportPersistenceAdapter::export);
    }

    private static SlideExport export(ResultSet rows) throws SQLException {
        return new SlideExport(ContentJdbc.uuid(rows, "id"), new UserId(ContentJdbc.uuid(rows, "user_id")),
                new SessionId(ContentJdbc.uuid(rows, "session_id")), rows.getString("presentation_name"),
                SlideExportFormat.valueOf(rows.getString("format").toUpperCase(Locale.ROOT)),
                SlideExport.Status.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)), rows.getInt("slides"),
                ContentJdbc.uuid(rows, "reservation_id"), rows.getString("error"), ContentJdbc.instant(rows, "started_at"),
                ContentJdbc.instant(rows, "finished_at"));
    }
}
