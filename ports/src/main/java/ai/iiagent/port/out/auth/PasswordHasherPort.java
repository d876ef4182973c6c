package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.Password;

/**
 * One-way password hashing with a memory-hard, salted algorithm. The hash string is
 * self-describing (algorithm and parameters included), so parameters can be raised later
 * without invalidating stored hashes.
 */
public interface PasswordHasherPort {

    String hash(Password password);

    /** Constant-time comparison; false (never an exception) for a malformed stored hash. */
    boolean matches(Password attempt, String storedHash);
}
