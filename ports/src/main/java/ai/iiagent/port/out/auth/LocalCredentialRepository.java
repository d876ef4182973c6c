package ai.iiagent.port.out.auth;

import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/**
 * Password hashes of local accounts (one per user; OIDC-only users have none). Stores only what
 * {@link PasswordHasherPort#hash} produced; never a plain password.
 */
public interface LocalCredentialRepository {

    /** Inserts or replaces the user's password hash. */
    void save(UserId userId, String passwordHash);

    Optional<String> findHash(UserId userId);
}
