package ai.iiagent.port.in.auth;

import ai.iiagent.domain.users.User;
import java.util.Objects;

/** A signed-in session: short-lived access token, rotating refresh token, and whom they are for. */
public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds, User user) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(user, "user");
    }
}
