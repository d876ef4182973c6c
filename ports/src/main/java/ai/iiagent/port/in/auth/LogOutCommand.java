package ai.iiagent.port.in.auth;

/** The refresh token whose family to revoke. */
public record LogOutCommand(String refreshToken) {

    @Override
    public String toString() {
        return "LogOutCommand[***]";
    }
}
