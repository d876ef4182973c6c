package ai.iiagent.adapter.persistence.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** Row of {@code application_events}. */
@Entity
@Table(name = "application_events")
public class ApplicationEventEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public long seq;

    @Column(name = "event_type", nullable = false, length = 100)
    public String eventType;

    @Column(name = "event_group", nullable = false, length = 50)
    public String eventGroup;

    @Column(name = "run_id")
    public UUID runId;

    @Column(nullable = false)
    public boolean internal;

    /** JSON text; written through a cast so PostgreSQL stores and indexes it as jsonb. */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
