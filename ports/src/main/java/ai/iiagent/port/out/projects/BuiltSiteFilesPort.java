package ai.iiagent.port.out.projects;

import java.util.List;
import java.util.Objects;

/**
 * The built output of a static project as files, read out of its session's sandbox, for the
 * deployers that upload a site to a provider (Vercel) instead of serving it from the app.
 * Only regular files are read; links are never followed.
 */
public interface BuiltSiteFilesPort {

    /**
     * The files of the project's built output directory (the first of
     * {@code SiteKind.staticOutputs} that has an {@code index.html}), paths relative to it.
     *
     * @throws ai.iiagent.domain.shared.UpstreamFailureException {@code deploy_failed} when the
     *         sandbox is gone, nothing is built, or the output exceeds the upload limits
     */
    BuiltSite read(SiteSource source);

    /** A project's built output: the directory it came from and its files. */
    record BuiltSite(String outputDirectory, List<SiteFile> files) {

        public BuiltSite {
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            files = List.copyOf(files);
        }

        public long totalBytes() {
            return files.stream().mapToLong(file -> file.content().length).sum();
        }
    }

    /** One file: its path relative to the output directory ({@code /}-separated) and its bytes. */
    record SiteFile(String path, byte[] content) {

        public SiteFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }
}
