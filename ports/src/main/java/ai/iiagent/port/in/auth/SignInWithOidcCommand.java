package ai.iiagent.port.in.auth;

import java.util.Objects;

/** What the provider's verified ID token says about the person. */
public record SignInWithOidcCommand(String provider, String subject, String email, boolean emailVerified,
                                    String firstName, String lastName) {

    public SignInWithOidcCommand {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(subject, "subject");
    }
}
