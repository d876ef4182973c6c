package ai.iiagent.domain.settings;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** A settings input breaks a rule; {@code code} names which one (see docs/api/settings.md). */
public final class SettingsValidationException extends ValidationException {

    public SettingsValidationException(String code, String message) {
        super(ErrorCode.of(code), message);
    }
}
