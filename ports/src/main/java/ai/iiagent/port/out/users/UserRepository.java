package ai.iiagent.port.out.users;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.EmailAlreadyRegisteredException;
import ai.iiagent.domain.users.User;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/**
 * Stores {@link User} aggregates. Contract (see {@code UserRepositoryContractTest} in the ports
 * test-jar, run against every implementation):
 * <ul>
 *   <li>{@link #save} inserts a new user or replaces the stored state of an existing one, and what
 *       {@link #findById}/{@link #findByEmail} return afterwards has an equal {@code snapshot()};</li>
 *   <li>e-mail addresses are unique across all users, active or not;</li>
 *   <li>finders return deactivated users too: deciding what "inactive" means is the caller's job.</li>
 * </ul>
 */
public interface UserRepository {

    Optional<User> findById(UserId id);

    /** Finds by the normalised address ({@link Email} is already lower-case). */
    Optional<User> findByEmail(Email email);

    /**
     * Inserts or updates.
     *
     * @throws EmailAlreadyRegisteredException when another user (different id) has the same e-mail
     */
    void save(User user);

    /** True when at least one user, active or not, exists. */
    boolean existsAny();
}
