package ai.iiagent.port.in.files;

/** One batch of the abandoned-upload sweep. */
public record SweepAbandonedUploadsCommand(int batchSize) {

    public SweepAbandonedUploadsCommand {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }
}
