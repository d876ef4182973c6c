package ai.iiagent.adapter.sandbox.projects;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.SiteKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.BuiltSiteFilesPort;
import ai.iiagent.port.out.projects.SiteSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a static project's built output for upload: the project directory is first copied out of
 * the session's sandbox into a staging sandbox (the same tar stream between two sandboxes the
 * embedded deployer uses, so the session cannot swap a file for a link while it is read), then the
 * regular files of the output directory are read there, links skipped, and the staging copy dropped.
 * {@link #readProject} reads the whole project directory the same way (Cloud Build from source).
 */
public final class SandboxBuiltSites implements BuiltSiteFilesPort {

    /** Vercel's documented inline limits are per request; these keep one deployment's upload bounded. */
    static final int MAX_FILES = 1_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final BubblewrapSandbox sessions;
    private final BubblewrapSandbox staging;

    public SandboxBuiltSites(BubblewrapSandbox sessions, BubblewrapSandbox staging) {
        this.sessions = sessions;
        this.staging = staging;
    }

    @Override
    public BuiltSite read(SiteSource source) {
        if (source.kind() != SiteKind.STATIC) {
            throw failed("only static sites can be uploaded; this project runs its own server");
        }
        return inStagingCopy(source, root -> {
            for (String output : SiteKind.staticOutputs(source.project().framework())) {
                Path dir = root.resolve(output).normalize();
                if (dir.startsWith(root) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
                    return new BuiltSite(output, filesUnder(dir));
                }
            }
            throw failed("no built output with an index.html (looked in "
                    + SiteKind.staticOutputs(source.project().framework()) + ")");
        });
    }

    @Override
    public BuiltSite readProject(SiteSource source) {
        return inStagingCopy(source, root -> new BuiltSite(".", filesUnder(root)));
    }

    // The project directory copied out of the session's sandbox, read, and the copy dropped.
    private BuiltSite inStagingCopy(SiteSource source, Function<Path, BuiltSite> reading) {
        SessionId from = source.project().sessionId();
        if (!Files.isDirectory(sessions.workspaceDirectory(from), LinkOption.NOFOLLOW_LINKS)) {
            throw failed("the session's sandbox is gone: nothing to deploy");
        }
        SessionId copy = SessionId.random();
        try {
            sessions.copyDirectoryTo(from, source.project().directory(), staging, copy);
            return reading.apply(staging.workspaceDirectory(copy));
        } catch (DomainException e) {
            throw e instanceof UpstreamFailureException upstream ? upstream
                    : failed("the project directory could not be copied: " + e.getMessage());
        } finally {
            staging.destroy(copy);
        }
    }

    private static List<SiteFile> filesUnder(Path dir) {
        List<SiteFile> files = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String relative = dir.relativize(path).toString().replace('\\', '/');
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || skipped(relative)) {
                    continue;
                }
                byte[] content = Files.readAllBytes(path);
                total += content.length;
                if (files.size() >= MAX_FILES || total > MAX_BYTES) {
                    throw failed("the built site is larger than " + MAX_FILES + " files or " + (MAX_BYTES >> 20) + " MiB");
                }
                files.add(new SiteFile(relative, content));
            }
        } catch (IOException e) {
            throw failed("the built site could not be read: " + e.getClass().getSimpleName());
        }
        return files;
    }

    // Never uploaded: the project's secrets, git history and the dev server's bookkeeping.
    private static boolean skipped(String relative) {
        return relative.equals(".env") || relative.startsWith(".git/") || relative.startsWith("node_modules/")
                || relative.equals(".server.pid") || relative.equals(".server.log");
    }

    private static UpstreamFailureException failed(String message) {
        return new UpstreamFailureException(DeploymentErrors.DEPLOY_FAILED, message);
    }
}
