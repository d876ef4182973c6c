package ai.iiagent.adapter.integrations.github;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.jboss.logging.Logger;

/**
 * {@link RepositoryCheckoutPort} with JGit: a depth-1 clone of {@code <cloneBase>/<owner>/<name>.git}
 * into a temporary directory (the token as HTTP basic password {@code x-access-token}, as GitHub
 * takes it), walked without following links, bounded in file count and bytes.
 */
public final class JGitRepositoryCheckout implements RepositoryCheckoutPort {

    private static final Logger LOG = Logger.getLogger(JGitRepositoryCheckout.class);

    private final String cloneBase;
    private final int maxFiles;
    private final long maxBytes;

    public JGitRepositoryCheckout(String cloneBase, int maxFiles, long maxBytes) {
        this.cloneBase = cloneBase.replaceAll("/+$", "");
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    @Override
    public Checkout checkout(String fullName, String branch, String accessToken) {
        Path directory = temporaryDirectory();
        CloneCommand clone = Git.cloneRepository().setURI(cloneBase + "/" + fullName + ".git").setDirectory(directory.toFile())
                .setDepth(1).setCloneSubmodules(false);
        if (branch != null) {
            clone.setBranch(branch);
        }
        if (accessToken != null) {
            clone.setCredentialsProvider(new UsernamePasswordCredentialsProvider("x-access-token", accessToken));
        }
        try (Git ignored = clone.call()) {
            return new TemporaryCheckout(directory, walk(directory));
        } catch (InvalidRemoteException | TransportException e) {
            delete(directory);
            LOG.infof("clone of %s failed: %s", fullName, e.getClass().getSimpleName());
            throw new NotFoundException(ErrorCode.of("repository_not_found"),
                    "GitHub repository " + fullName + " was not found or cannot be read with your connection");
        } catch (GitAPIException e) {
            delete(directory);
            throw ConnectorErrors.upstream("cloning " + fullName + " failed");
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    private List<CheckedOutFile> walk(Path root) {
        List<CheckedOutFile> files = new ArrayList<>();
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.getFileName().toString().equals(".git") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                        if (files.size() >= maxFiles || total[0] > maxBytes) {
                            throw new ValidationException(ErrorCode.of("repository_too_large"), "the repository has more than "
                                    + maxFiles + " files or " + maxBytes + " bytes");
                        }
                        files.add(new LocalFile(root.relativize(file).toString().replace('\\', '/'), file, attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(CheckedOutFile::path));
        return files;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("iiagent-checkout-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not remove checkout %s", directory);
        }
    }

    private record LocalFile(String path, Path file, long size) implements CheckedOutFile {
        @Override
        public InputStream open() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record TemporaryCheckout(Path directory, List<CheckedOutFile> files) implements Checkout {
        @Override
        public void close() {
            delete(directory);
        }
    }
}
