package ai.iiagent.port.in.settings;

/** Re-seal in batches of this size. */
public record ReEncryptSecretsCommand(int batchSize) {

    public ReEncryptSecretsCommand {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }
}
