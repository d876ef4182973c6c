package ai.iiagent.domain.shared;

/** A stored secret cannot be opened: its key is no longer configured, or the value was tampered with. */
public final class SecretUnreadableException extends ServiceUnavailableException {

    public SecretUnreadableException(String keyId) {
        super(ErrorCode.of("secret_unreadable"), "a stored secret sealed with key " + keyId
                + " cannot be decrypted (is the key in APP_MASTER_KEY_PREVIOUS?)");
    }
}
