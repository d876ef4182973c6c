package ai.iiagent.adapter.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The RS256 key pair tokens are signed with. Loaded from {@code jwt-private.pem} and
 * {@code jwt-public.pem} in a directory; generated there (private key readable by the owner only)
 * when absent. Nodes of one deployment share the directory (or its two files) to accept each
 * other's tokens.
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey, String keyId) {

    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    public static SigningKeys loadOrCreate(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_FILE);
            Path publicFile = directory.resolve(PUBLIC_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                generate(directory, privateFile, publicFile);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateFile)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(pemBody(publicFile)));
            return new SigningKeys(privateKey, publicKey, keyId(publicKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create JWT signing keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JWT signing keys in " + directory + " are not a valid RSA pair", e);
        }
    }

    private static void generate(Path directory, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path temporary = Files.createTempFile(directory, "jwt-private", ".tmp");
        restrictToOwner(temporary);
        Files.writeString(temporary, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        // Move last: a crash in between leaves no half-written private key behind.
        Files.move(temporary, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems keep their default permissions.
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String keyId(PublicKey key) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
