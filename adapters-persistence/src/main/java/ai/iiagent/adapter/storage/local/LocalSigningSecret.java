package ai.iiagent.adapter.storage.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret that signs local storage URLs: read from {@code storage-signing.key} in the data
 * directory, or generated (32 random bytes, owner-only permissions) on first start. Nodes that
 * share the data directory share the secret.
 */
public final class LocalSigningSecret {

    static final String FILE_NAME = "storage-signing.key";

    private LocalSigningSecret() {
    }

    public static byte[] loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                try {
                    Files.write(file, secret, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // another node created it first: use theirs
                }
            }
            byte[] secret = Files.readAllBytes(file);
            if (secret.length < 32) {
                throw new IOException(file + " holds fewer than 32 bytes; delete it to generate a new one");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the storage signing secret " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's ACL applies
        }
    }
}
