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

    /**
     * Every regular file of the project directory, for a provider that builds the site itself (Cloud
     * Build), paths relative to the project directory ({@code outputDirectory} is {@code "."}); the
     * project's {@code .env}, {@code .git/} and {@code node_modules/} are never read.
     *
     * @throws ai.iiagent.domain.shared.UpstreamFailureException {@code deploy_failed} when the
     *         sandbox is gone or the project exceeds the upload limits, or this reader cannot read sources
     */
    default BuiltSite readProject(SiteSource source) {
        throw new ai.iiagent.domain.shared.UpstreamFailureException(ai.iiagent.domain.projects.DeploymentErrors.DEPLOY_FAILED,
                "the project's sources cannot be read from this sandbox provider");
    }

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
