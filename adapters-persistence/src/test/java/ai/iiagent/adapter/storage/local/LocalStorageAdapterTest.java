package ai.iiagent.adapter.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.InvalidObjectKeyException;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.port.out.storage.StoragePortContractTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the filesystem, plus confinement to the root and URL signing. */
class LocalStorageAdapterTest extends StoragePortContractTest {

    @TempDir
    Path dataDir;

    Path root;
    Path outside;
    LocalStorageAdapter storage;

    @BeforeEach
    void setUp() throws IOException {
        root = dataDir.resolve("storage");
        outside = Files.createDirectories(dataDir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "do not serve");
        storage = new LocalStorageAdapter(new LocalStorageSettings(root, "http://localhost:8080/v1/storage/local/",
                LocalSigningSecret.loadOrCreate(dataDir)));
    }

    @Override
    protected StoragePort storage() {
        return storage;
    }

    @Test
    void givenObjectStored_thenItLivesUnderTheRootAtItsKey() throws IOException {
        ObjectKey key = new ObjectKey("users/u1/docs/a.txt");
        storage.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, new ContentType("text/plain"));
        assertThat(Files.readAllBytes(root.resolve("users/u1/docs/a.txt"))).containsExactly(1, 2, 3);
        try (Stream<Path> files = Files.list(root.resolve("users/u1/docs"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("a.txt");
        }
    }

    @Test
    void givenSymlinkInsideTheRootPointingOutside_whenUsed_thenRefused() throws IOException {
        Files.createDirectories(root.resolve("users"));
        Files.createSymbolicLink(root.resolve("users/evil"), outside);
        Files.createSymbolicLink(root.resolve("users/file-link.txt"), outside.resolve("secret.txt"));

        ObjectKey throughDir = new ObjectKey("users/evil/secret.txt");
        ObjectKey fileLink = new ObjectKey("users/file-link.txt");
        assertThatThrownBy(() -> storage.open(throughDir, null)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> storage.head(fileLink)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> storage.put(new ObjectKey("users/evil/new.txt"), new ByteArrayInputStream(new byte[1]), 1,
                new ContentType("text/plain"))).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> storage.delete(fileLink)).isInstanceOf(InvalidObjectKeyException.class);
        assertThat(outside.resolve("new.txt")).doesNotExist();
        assertThat(outside.resolve("secret.txt")).hasContent("do not serve");
    }

    @Test
    void whenTraversalKeysAreBuilt_thenTheyAreRejectedBeforeTouchingDisk() {
        for (String raw : new String[] {"../outside/secret.txt", "users/../../outside/secret.txt", "/etc/passwd",
                "users\\..\\..\\x", "users/./x", "users//x", ".hidden", "users/%2e%2e/x", "C:/x"}) {
            assertThatThrownBy(() -> new ObjectKey(raw)).as(raw).isInstanceOf(InvalidObjectKeyException.class);
        }
    }

    @Test
    void givenSignedUrl_thenSignatureCoversMethodKeyAndExpiry() {
        ObjectKey key = new ObjectKey("users/u1/docs/a.txt");
        SignedUrl url = storage.signedUploadUrl(key, new ContentType("text/plain"), 3, Instant.ofEpochSecond(2_000_000_000L));
        assertThat(url.url().toString()).startsWith("http://localhost:8080/v1/storage/local/users/u1/docs/a.txt?");
        Map<String, String> query = query(url);
        String signature = query.get("signature");
        long expires = Long.parseLong(query.get("expires"));

        assertThat(storage.signatureMatches("PUT", key, expires, signature)).isTrue();
        assertThat(storage.signatureMatches("GET", key, expires, signature)).isFalse();
        assertThat(storage.signatureMatches("PUT", key, expires + 1, signature)).isFalse();
        assertThat(storage.signatureMatches("PUT", new ObjectKey("users/u2/docs/a.txt"), expires, signature)).isFalse();
        assertThat(storage.signatureMatches("PUT", key, expires, signature.substring(1))).isFalse();
    }

    @Test
    void givenSecretOnDisk_whenLoadedAgain_thenSameSecretSoUrlsSurviveRestarts() {
        assertThat(LocalSigningSecret.loadOrCreate(dataDir)).isEqualTo(LocalSigningSecret.loadOrCreate(dataDir)).hasSize(32);
        assertThat(dataDir.resolve(LocalSigningSecret.FILE_NAME)).exists();
    }

    private static Map<String, String> query(SignedUrl url) {
        return Stream.of(url.url().getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
