package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.SettingNotFoundException;

/**
 * Opens a model setting for a run: the caller's own (BYOK) or a system model, with its key
 * decrypted in memory for the provider call only. Someone else's setting is not found.
 *
 * @throws SettingNotFoundException {@code model_setting_not_found} for unknown, inactive or foreign settings
 */
public interface ResolveModelCredentialsUseCase {

    ModelCredentials resolve(ResolveModelCredentialsQuery query);
}
