package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.users.Identity;

/** The caller's own Codex settings (never the secret). */
public interface GetCodexSettingsUseCase {

    CodexSettings get(Identity caller);
}
