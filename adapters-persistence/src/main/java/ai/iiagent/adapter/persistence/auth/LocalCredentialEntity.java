package ai.iiagent.adapter.persistence.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code local_credentials}. */
@Entity
@Table(name = "local_credentials")
public class LocalCredentialEntity extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
