package ai.iiagent.port.in.auth;

/** The credential from {@code Authorization: Bearer ...}: a JWT access token or an {@code ii_} API key. */
public record AuthenticateQuery(String bearerCredential) {

    @Override
    public String toString() {
        return "AuthenticateQuery[***]";
    }
}
