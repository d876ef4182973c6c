package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/**
 * What sandbox a forked session works in: its parent's ({@code share}, the default), a new empty
 * one ({@code new}), or a new one that starts as a copy of the parent's workspace ({@code copy}).
 */
public enum SandboxMode {
    SHARE("share"),
    NEW("new"),
    COPY("copy");

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
                        "sandbox_mode must be share, new or copy"));
    }
}
