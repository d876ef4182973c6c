package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.Password;

/** Reversible stand-in for use-case tests (fast); never for production. */
public class FakePasswordHasher implements PasswordHasherPort {

    @Override
    public String hash(Password password) {
        return "fake$" + new StringBuilder(password.reveal()).reverse();
    }

    @Override
    public boolean matches(Password attempt, String storedHash) {
        return hash(attempt).equals(storedHash);
    }
}
