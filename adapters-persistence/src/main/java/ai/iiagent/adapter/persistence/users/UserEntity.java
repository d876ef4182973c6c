package ai.iiagent.adapter.persistence.users;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code users}. Columns owned by other features (billing, auth) are mapped when they use them. */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(name = "first_name", length = 100)
    public String firstName;

    @Column(name = "last_name", length = 100)
    public String lastName;

    @Column(name = "avatar_url", length = 2048)
    public String avatarUrl;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false, length = 8)
    public String language;

    @Column(name = "is_active", nullable = false)
    public boolean active;

    @Column(name = "login_provider", nullable = false, length = 64)
    public String loginProvider;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
