package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** Agent sessions run tools in a sandbox; chat sessions only talk to a model. */
public enum AppKind {
    AGENT("agent"),
    CHAT("chat");

    private final String code;

    AppKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AppKind fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_session_type"),
                        "session_type must be agent or chat"));
    }
}
