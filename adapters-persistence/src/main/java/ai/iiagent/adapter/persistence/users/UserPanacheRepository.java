package ai.iiagent.adapter.persistence.users;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Panache queries over {@link UserEntity}; used only by {@link UserPersistenceAdapter}. */
@ApplicationScoped
public class UserPanacheRepository implements PanacheRepositoryBase<UserEntity, UUID> {

    Optional<UserEntity> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    boolean existsAny() {
        return find("select 1 from UserEntity").firstResultOptional().isPresent();
    }
}
