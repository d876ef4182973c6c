package ai.iiagent.domain.chat;

/** Who wrote a chat message. */
public enum ChatRole {
    USER("user"),
    ASSISTANT("assistant");

    private final String code;

    ChatRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ChatRole fromCode(String code) {
        for (ChatRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown chat role " + code);
    }
}
