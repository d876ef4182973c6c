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

    static final String SKILL_MD = "---\nname: greeter\ndescription: Greets people in their own language\n---\n\n"
            + "# Greeter\n\nRun scripts/hello.sh with the person's name.\n";

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
            bare(root, "octocat/Hello-World.git", work);
            Path skills = Files.createTempDirectory("iiagent-git-skills-");
            try (Git git = Git.init().setDirectory(skills.toFile()).setInitialBranch("master").call()) {
                Files.createDirectories(skills.resolve("skills/greeter/scripts"));
                Files.createDirectories(skills.resolve("docs"));
                Files.writeString(skills.resolve("skills/greeter/SKILL.md"), SKILL_MD, StandardCharsets.UTF_8);
                Files.writeString(skills.resolve("skills/greeter/scripts/hello.sh"), "echo hello $1\n", StandardCharsets.UTF_8);
                Files.writeString(skills.resolve("docs/README.md"), "# Not a skill\n", StandardCharsets.UTF_8);
                git.add().addFilepattern(".").call();
                PersonIdent who = new PersonIdent("The Octocat", "octocat@nowhere.com");
                git.commit().setMessage("Add the greeter skill").setAuthor(who).setCommitter(who).setSign(false).call();
            }
            bare(root, "octocat/skills.git", skills);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bare(Path root, String name, Path work) throws IOException, GitAPIException {
        Path bare = root.resolve(name);
        Files.createDirectories(bare.getParent());
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
    }
}
