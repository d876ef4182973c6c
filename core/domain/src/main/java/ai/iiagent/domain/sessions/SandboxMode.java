package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** Whether a forked session reuses its parent's sandbox ({@code share}, the default) or gets its own. */
public enum SandboxMode {
    SHARE("share"),
    NEW("new");

    private final String code;

    SandboxMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Null or blank means {@link #SHARE}. */
    public static SandboxMode fromCode(String code) {
        if (code == null || code.isBlank()) {
            return SHARE;
        }
        return Arrays.stream(values()).filter(mode -> mode.code.equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_sandbox_mode"),
                        "sandbox_mode must be share or new"));
    }
}
