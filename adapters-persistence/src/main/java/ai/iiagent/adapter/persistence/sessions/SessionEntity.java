package ai.iiagent.adapter.persistence.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** Row of {@code sessions}; {@code session_metadata} holds {@code fork_info} as JSON. */
@Entity
@Table(name = "sessions")
public class SessionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID ownerId;

    @Version
    public long version;

    @Column(nullable = false)
    public String name;

    @Column(name = "app_kind", nullable = false, length = 16)
    public String appKind;

    @Column(name = "agent_type", nullable = false, length = 64)
    public String agentType;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    @Column(name = "parent_session_id")
    public UUID parentSessionId;

    @Column(name = "model_setting_id")
    public UUID modelSettingId;

    /** JSON text (null when empty); written through a cast so PostgreSQL stores it as jsonb. */
    @Column(name = "session_metadata", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String sessionMetadata;

    @Column(name = "title_pinned", nullable = false)
    public boolean titlePinned;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "is_deleted", nullable = false)
    public boolean deleted;
}
