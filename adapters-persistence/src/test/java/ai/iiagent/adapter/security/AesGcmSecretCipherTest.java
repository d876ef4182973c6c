package ai.iiagent.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.SecretUnreadableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {

    @TempDir
    Path dir;

    @Test
    void givenPlaintext_whenSealedTwice_thenDifferentPayloads_bothOpenToThePlaintext_andNoPlaintextInside() {
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(randomKey(), List.of());

        EncryptedSecret first = cipher.encryptText("sk-secret-value");
        EncryptedSecret second = cipher.encryptText("sk-secret-value");

        assertThat(first.payload()).isNotEqualTo(second.payload());
        assertThat(first.toText()).doesNotContain("sk-secret-value");
        assertThat(Base64.getDecoder().decode(first.payload())).hasSize(12 + "sk-secret-value".length() + 16);
        assertThat(cipher.decryptText(first)).isEqualTo("sk-secret-value");
        assertThat(cipher.decryptText(EncryptedSecret.parse(second.toText()))).isEqualTo("sk-secret-value");
    }

    @Test
    void givenTamperedPayloadOrForeignKeyId_whenOpened_thenSecretUnreadable() {
        MasterKey key = randomKey();
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(key, List.of());
        EncryptedSecret sealed = cipher.encryptText("value");
        byte[] payload = Base64.getDecoder().decode(sealed.payload());
        payload[payload.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret(key.id(), Base64.getEncoder().encodeToString(payload))))
                .isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret("0000000000000000", sealed.payload())))
                .isInstanceOf(SecretUnreadableException.class)
                .satisfies(e -> assertThat(((SecretUnreadableException) e).code().value()).isEqualTo("secret_unreadable"));
    }

    @Test
    void givenRotatedKey_whenOldValueOpened_thenPreviousKeyOpensIt_andNewValuesUseTheNewKey() {
        MasterKey old = randomKey();
        MasterKey current = randomKey();
        EncryptedSecret sealedByOld = new AesGcmSecretCipher(old, List.of()).encryptText("api-key");

        AesGcmSecretCipher rotated = new AesGcmSecretCipher(current, List.of(old));
        AesGcmSecretCipher withoutPrevious = new AesGcmSecretCipher(current, List.of());

        assertThat(rotated.decryptText(sealedByOld)).isEqualTo("api-key");
        assertThat(rotated.isStale(sealedByOld)).isTrue();
        assertThat(rotated.encryptText("x").keyId()).isEqualTo(current.id()).isNotEqualTo(old.id());
        assertThatThrownBy(() -> withoutPrevious.decrypt(sealedByOld)).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void givenNoKeyFile_whenLoaded_thenGeneratedOwnerOnly_andTheSameKeyIsReadNextTime() throws Exception {
        Path file = dir.resolve("keys/master.key");

        MasterKey generated = MasterKey.loadOrCreate(file);
        MasterKey again = MasterKey.loadOrCreate(file);

        assertThat(again.id()).isEqualTo(generated.id());
        assertThat(again.bytes()).isEqualTo(generated.bytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
    }

    @Test
    void givenWrongLengthOrNonBase64_whenParsed_thenRefused() {
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64 !!")).isInstanceOf(IllegalArgumentException.class);
    }

    private static MasterKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(bytes));
    }
}
