package ai.iiagent.domain.settings;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No such model setting, MCP setting or skill for this caller (another user's gets the same answer). */
public final class SettingNotFoundException extends NotFoundException {

    private SettingNotFoundException(String code, String message) {
        super(ErrorCode.of(code), message);
    }

    public static SettingNotFoundException model(Object id) {
        return new SettingNotFoundException("model_setting_not_found", "model setting " + id + " not found");
    }

    public static SettingNotFoundException mcp(Object id) {
        return new SettingNotFoundException("mcp_setting_not_found", "MCP setting " + id + " not found");
    }

    public static SettingNotFoundException skill(Object id) {
        return new SettingNotFoundException("skill_not_found", "skill " + id + " not found");
    }
}
