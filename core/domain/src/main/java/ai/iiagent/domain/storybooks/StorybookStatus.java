package ai.iiagent.domain.storybooks;

/** Where a storybook version's generation stands. */
public enum StorybookStatus {
    GENERATING,
    READY,
    FAILED,
    CANCELLED
}
