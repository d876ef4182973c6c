package ai.iiagent.port.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.files.ByteRange;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ObjectContent;
import ai.iiagent.domain.files.ObjectKey;
import ai.iiagent.domain.files.SignedUrl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link StoragePort} does; run against the in-memory fake and each real adapter. */
public abstract class StoragePortContractTest {

    protected abstract StoragePort storage();

    protected ObjectKey newKey() {
        return new ObjectKey("users/" + UUID.randomUUID() + "/docs/" + UUID.randomUUID() + ".txt");
    }

    private static final byte[] HELLO = "hello, storage".getBytes(StandardCharsets.UTF_8);

    private void putHello(ObjectKey key) {
        storage().put(key, new ByteArrayInputStream(HELLO), HELLO.length, new ContentType("text/plain"));
    }

    @Test
    void givenStoredObject_whenHeadAndOpen_thenSizeAndBytesComeBack() throws IOException {
        ObjectKey key = newKey();
        putHello(key);

        assertThat(storage().head(key)).hasValueSatisfying(object -> assertThat(object.size()).isEqualTo(HELLO.length));
        try (ObjectContent content = storage().open(key, null).orElseThrow()) {
            assertThat(content.stream().readAllBytes()).isEqualTo(HELLO);
            assertThat(content.totalSize()).isEqualTo(HELLO.length);
        }
    }

    @Test
    void givenStoredObject_whenOpenedWithRange_thenOnlyThoseBytes() throws IOException {
        ObjectKey key = newKey();
        putHello(key);

        try (ObjectContent content = storage().open(key, new ByteRange(7, 13)).orElseThrow()) {
            assertThat(new String(content.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("storage");
            assertThat(content.length()).isEqualTo(7);
            assertThat(content.totalSize()).isEqualTo(HELLO.length);
        }
    }

    @Test
    void givenNoObject_whenHeadOrOpen_thenEmpty() {
        ObjectKey key = newKey();
        assertThat(storage().head(key)).isEmpty();
        assertThat(storage().open(key, null)).isEmpty();
        assertThat(storage().delete(key)).isFalse();
    }

    @Test
    void givenStoredObject_whenDeleted_thenGone() {
        ObjectKey key = newKey();
        putHello(key);

        assertThat(storage().delete(key)).isTrue();
        assertThat(storage().head(key)).isEmpty();
    }

    @Test
    void givenStoredObject_whenPutAgain_thenReplaced() throws IOException {
        ObjectKey key = newKey();
        putHello(key);
        byte[] other = "bye".getBytes(StandardCharsets.UTF_8);
        storage().put(key, new ByteArrayInputStream(other), other.length, new ContentType("text/plain"));

        try (ObjectContent content = storage().open(key, null).orElseThrow()) {
            assertThat(content.stream().readAllBytes()).isEqualTo(other);
        }
    }

    @Test
    void givenShortStream_whenPut_thenFailsAndStoresNothing() {
        ObjectKey key = newKey();
        assertThatThrownBy(() -> storage().put(key, new ByteArrayInputStream(HELLO), HELLO.length + 5,
                new ContentType("text/plain"))).isInstanceOf(RuntimeException.class);
        assertThat(storage().head(key)).isEmpty();
    }

    @Test
    void whenUrlsSigned_thenTheyCarryMethodAndExpiry() {
        ObjectKey key = newKey();
        Instant expires = Instant.parse("2030-01-01T00:00:00Z");
        SignedUrl upload = storage().signedUploadUrl(key, new ContentType("text/plain"), 5, expires);
        SignedUrl download = storage().signedDownloadUrl(key, "a.txt", expires);

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(download.method()).isEqualTo("GET");
        assertThat(upload.expiresAt()).isEqualTo(expires);
        assertThat(upload.url()).isNotEqualTo(download.url());
    }
}
