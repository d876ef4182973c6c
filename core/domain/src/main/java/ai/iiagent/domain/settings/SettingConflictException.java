package ai.iiagent.domain.settings;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;

/** The setting clashes with an existing one (same model twice, a skill name already used), or is read-only. */
public final class SettingConflictException extends ConflictException {

    public SettingConflictException(String code, String message) {
        super(ErrorCode.of(code), message);
    }
}
