package ai.iiagent.adapter.persistence.tasks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code run_tasks} ({@code data} is mapped when the agent runtime stores its payload). */
@Entity
@Table(name = "run_tasks")
public class RunTaskEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "task_type", nullable = false, length = 32)
    public String taskType;

    @Column(nullable = false, length = 32)
    public String status;

    @Column(name = "error_message", length = 2000)
    public String errorMessage;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    // The lease is written only by its own statements (hold, renew): a state change never overwrites a renewal.
    @Column(name = "node_id", insertable = false, updatable = false)
    public String nodeId;

    @Column(name = "lease_expires_at", insertable = false, updatable = false)
    public Instant leaseExpiresAt;
}
