package ai.iiagent.adapter.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A 256-bit AES master key and its id (the first 8 bytes of SHA-256 of the key, hex), so stored
 * values name the key that sealed them without revealing it. Comes from configuration (base64) or
 * from a key file that is generated, readable by the owner only, on first start.
 */
public record MasterKey(String id, byte[] bytes) {

    public MasterKey {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a master key is 32 bytes (base64 of 32 random bytes), got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a master key must be base64 (e.g. `openssl rand -base64 32`)", e);
        }
        return new MasterKey(idOf(bytes), bytes);
    }

    /** The key in {@code file}, or a new random key written there (mode 600) when the file does not exist. */
    public static MasterKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    /** The key in {@code file} if it exists. */
    public static Optional<MasterKey> readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Optional.of(fromBase64(Files.readString(file))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(directory, "master", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems keep their default permissions.
        }
        Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n");
        try {
            // A link, not a move: it never replaces a key another node created meanwhile (the caller then reads that one).
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherNodeWon) {
            // Keep theirs.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
