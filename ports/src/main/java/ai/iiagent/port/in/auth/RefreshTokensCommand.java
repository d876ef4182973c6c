package ai.iiagent.port.in.auth;

/** The refresh token to exchange. */
public record RefreshTokensCommand(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokensCommand[***]";
    }
}
