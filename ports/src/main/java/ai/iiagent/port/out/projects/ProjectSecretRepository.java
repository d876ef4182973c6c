package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.shared.EncryptedSecret;
import java.util.Map;

/**
 * A project's secrets (environment variables the user or the agent set for the project's .env), sealed:
 * only sealed values pass through here, never plaintext; names are not secret.
 */
public interface ProjectSecretRepository {

    /** Every secret of the project by name (empty when there are none). */
    Map<String, EncryptedSecret> of(ProjectId projectId);

    /** Makes the project's secrets exactly {@code secrets} (names absent from it are removed). */
    void replace(ProjectId projectId, Map<String, EncryptedSecret> secrets);
}
