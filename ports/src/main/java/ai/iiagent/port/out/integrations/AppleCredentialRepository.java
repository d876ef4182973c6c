package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.StoredAppleCredential;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/** Users' App Store Connect API keys, one per user, the private key stored sealed. */
public interface AppleCredentialRepository {

    /** Inserts the user's key or replaces the one stored. */
    void save(StoredAppleCredential credential);

    Optional<StoredAppleCredential> find(UserId owner);

    /** @return false when the user had none */
    boolean delete(UserId owner);
}
