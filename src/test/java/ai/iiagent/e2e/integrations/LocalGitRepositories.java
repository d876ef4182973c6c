package ai.iiagent.e2e.integrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Bare git repositories laid out like github.com's clone URLs ({@code <dir>/octocat/Hello-World.git}),
 * made with JGit: the clone test reads them over JGit's file transport instead of the network.
 */
final class LocalGitRepositories {

    static final String README = "# Hello-World\nMy first repository on GitHub!\n";
    static final String MAIN_PY = "print('hello from the repository')\n";

    private LocalGitRepositories() {
    }

    static Path create() {
        try {
            Path root = Files.createTempDirectory("iiagent-git-");
            Path work = Files.createTempDirectory("iiagent-git-work-");
            try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("master").call()) {
                Files.writeString(work.resolve("README"), README, StandardCharsets.UTF_8);
                Files.createDirectories(work.resolve("src"));
                Files.writeString(work.resolve("src/main.py"), MAIN_PY, StandardCharsets.UTF_8);
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("The Octocat", "octocat@nowhere.com");
                git.commit().setMessage("Create README").setAuthor(who).setCommitter(who).setSign(false).call();
            }
            Path bare = root.resolve("octocat/Hello-World.git");
            Files.createDirectories(bare.getParent());
            Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
