package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.CodexCredential;
import ai.iiagent.domain.users.UserId;
import java.util.Optional;

/** Users' Codex CLI credentials, one per user, stored sealed. */
public interface CodexCredentialRepository {

    /** Inserts the user's credentials or replaces the ones stored. */
    void save(CodexCredential credential);

    Optional<CodexCredential> find(UserId owner);

    /** @return false when the user had none */
    boolean delete(UserId owner);
}
