package ai.iiagent.adapter.security;

import ai.iiagent.domain.auth.Password;
import ai.iiagent.port.out.auth.PasswordHasherPort;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Argon2id (password4j) with the OWASP 2023 minimum: 19 MiB memory, 2 passes, 1 lane, 16-byte
 * salt. Hashes are PHC strings, so verification reads the parameters from the stored hash and
 * stronger settings later do not break existing accounts.
 */
public final class Argon2PasswordHasher implements PasswordHasherPort {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH,
            Argon2.ID);

    @Override
    public String hash(Password password) {
        return com.password4j.Password.hash(password.reveal()).addRandomSalt(SALT_LENGTH).with(argon2).getResult();
    }

    @Override
    public boolean matches(Password attempt, String storedHash) {
        try {
            return com.password4j.Password.check(attempt.reveal(), storedHash)
                    .with(Argon2Function.getInstanceFromHash(storedHash));
        } catch (RuntimeException malformedStoredHash) {
            return false;
        }
    }
}
