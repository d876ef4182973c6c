package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The variables of a {@code save_env} answer (the socket edge reads their wire shapes), checked: environment variable names, no names the sandbox sets
 * itself, string values without NUL, bounded. Error messages name keys, never values.
 */
final class EnvSecrets {

    static final ErrorCode INVALID = AgentErrors.INVALID_ENV_SECRETS;
    static final int MAX_ENTRIES = 50;
    static final int MAX_VALUE_CHARS = 32_768;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final Set<String> RESERVED = Set.of("PATH", "HOME", "PWD", "OLDPWD", "SHELL", "USER", "LOGNAME",
            "LANG", "TMPDIR", "HOSTNAME", "IFS");

    private EnvSecrets() {
    }

    static Map<String, String> checked(Map<String, String> given) {
        if (given.isEmpty() || given.size() > MAX_ENTRIES) {
            throw new ValidationException(INVALID, "save_env takes 1 to " + MAX_ENTRIES + " secrets");
        }
        Map<String, String> checked = new LinkedHashMap<>();
        given.forEach((name, value) -> checked.put(name, checked(name, value)));
        return checked;
    }

    private static String checked(String name, Object value) {
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException(INVALID, "'" + name + "' is not an environment variable name");
        }
        if (RESERVED.contains(name) || name.startsWith("LD_") || name.startsWith("BASH")) {
            throw new ValidationException(INVALID, name + " is set by the sandbox and cannot be saved");
        }
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new ValidationException(INVALID, "the value of " + name + " must be a non-empty string");
        }
        if (text.length() > MAX_VALUE_CHARS || text.indexOf('\0') >= 0) {
            throw new ValidationException(INVALID, "the value of " + name + " is too long or holds a NUL character");
        }
        return text;
    }
}
