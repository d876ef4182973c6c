package ai.iiagent.adapter.persistence.tasks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code task_logs}: one per run transition. */
@Entity
@Table(name = "task_logs")
public class TaskLogEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false, length = 32)
    public String status;

    @Column(length = 500)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
