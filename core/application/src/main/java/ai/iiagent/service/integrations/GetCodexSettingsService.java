package ai.iiagent.service.integrations;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.integrations.CodexSettings;
import ai.iiagent.port.in.integrations.GetCodexSettingsUseCase;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;

/** The caller's own Codex settings, looked up by the caller's id only. */
public final class GetCodexSettingsService implements GetCodexSettingsUseCase {

    private final CodexCredentialRepository credentials;

    public GetCodexSettingsService(CodexCredentialRepository credentials) {
        this.credentials = credentials;
    }

    @Override
    public CodexSettings get(Identity caller) {
        return credentials.find(caller.userId()).map(CodexViews::of).orElseGet(CodexViews::none);
    }
}
