package ai.iiagent.port.in.auth;

import java.util.Objects;

/** What the provider's verified ID token says about the person, and the client address (a new account counts as a sign-up). */
public record SignInWithOidcCommand(String provider, String subject, String email, boolean emailVerified,
                                    String firstName, String lastName, String clientAddress) {

    public SignInWithOidcCommand {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
    }
}
