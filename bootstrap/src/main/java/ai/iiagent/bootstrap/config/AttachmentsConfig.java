package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Files sent with {@code query} ({@code attachments.*}; environment {@code ATTACHMENTS_MAX_FILES}, ...).
 * See docs/agents.md#attachments.
 */
@ConfigMapping(prefix = "attachments")
public interface AttachmentsConfig {

    /** Files one query may attach. */
    @WithDefault("10")
    int maxFiles();

    /** Bytes of all of a query's files together (100 MiB). */
    @WithDefault("104857600")
    long maxTotalBytes();

    /** The largest image handed to a vision model inline (5 MiB, Anthropic's per-image limit). */
    @WithDefault("5242880")
    long maxImageBytes();

    /** The largest document whose text is extracted for the model (25 MiB). */
    @WithDefault("26214400")
    long maxExtractBytes();

    /** Extracted characters per document. */
    @WithDefault("20000")
    int maxTextChars();

    /** Extracted characters for all of a query's documents. */
    @WithDefault("60000")
    int maxTotalTextChars();
}
