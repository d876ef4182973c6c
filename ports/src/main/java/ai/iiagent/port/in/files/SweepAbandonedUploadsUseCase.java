package ai.iiagent.port.in.files;

/**
 * The clean-up job's use case: uploads still pending well after their signed URL expired (the upload URL's
 * lifetime plus a grace period) are abandoned; their stored bytes, if any, and their rows are removed.
 * Ready assets are never touched.
 */
public interface SweepAbandonedUploadsUseCase {

    /** @return how many abandoned uploads were removed in this batch (at most {@code command.batchSize()}) */
    int sweep(SweepAbandonedUploadsCommand command);
}
