package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.SetupStatus;

/** Tells a first-time visitor (and the start-up banner) whether the installation has any account yet. */
public interface GetSetupStatusUseCase {

    /** Safe to serve without authentication: reveals only whether the first account is still pending. */
    SetupStatus getSetupStatus();
}
