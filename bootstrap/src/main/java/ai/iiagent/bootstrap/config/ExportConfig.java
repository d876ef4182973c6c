package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * PDF and PNG export of slides and storybooks ({@code export.*}; environment {@code EXPORT_PAGE_TIMEOUT},
 * {@code EXPORT_IDLE_CLOSE}). The Chromium used is {@code browser.chromium-path}. See docs/operations.md.
 */
@ConfigMapping(prefix = "export")
public interface ExportConfig {

    /** The longest one page may take to load and print; a page that takes longer fails the export. */
    @WithDefault("PT30S")
    Duration pageTimeout();

    /** The export browser is closed after this long without work, so an idle node does not hold it. */
    @WithDefault("PT2M")
    Duration idleClose();
}
