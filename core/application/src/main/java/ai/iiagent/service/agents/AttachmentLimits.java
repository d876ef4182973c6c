package ai.iiagent.service.agents;

/**
 * What a query may attach and how much of it reaches the model: at most {@code maxFiles} files of
 * at most {@code maxTotalBytes} together; images up to {@code maxImageBytes} go to a vision model
 * inline (larger ones only to the workspace); documents up to {@code maxExtractBytes} have their
 * text extracted, at most {@code maxTextChars} characters each and {@code maxTotalTextChars} in all.
 */
public record AttachmentLimits(int maxFiles, long maxTotalBytes, long maxImageBytes, long maxExtractBytes,
                               int maxTextChars, int maxTotalTextChars) {

    /** Images at 5 MiB: the smallest per-image limit of the providers (Anthropic). */
    public static final AttachmentLimits DEFAULT = new AttachmentLimits(10, 100L << 20, 5L << 20, 25L << 20,
            20_000, 60_000);

    public AttachmentLimits {
        if (maxFiles < 1 || maxTotalBytes < 1 || maxImageBytes < 1 || maxExtractBytes < 1 || maxTextChars < 1
                || maxTotalTextChars < maxTextChars) {
            throw new IllegalArgumentException("attachment limits must be positive, the text total at least one file's");
        }
    }
}
