package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileEntry.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BubblewrapSandboxFilesTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenFilesInTheWorkspace_whenListed_thenEntriesComeBackSortedWithKinds() {
        fixture.sandbox.writeFile(session, "b.txt", bytes("12345"), fixture.reservation);
        fixture.run(session, "mkdir -p a/deep && ln -s b.txt link");

        assertThat(fixture.sandbox.listFiles(session, "", fixture.reservation)).containsExactly(
                new SandboxFileEntry("a", Kind.DIRECTORY, 0), new SandboxFileEntry("b.txt", Kind.FILE, 5),
                new SandboxFileEntry("link", Kind.SYMLINK, 0));
        assertThat(fixture.sandbox.listFiles(session, "a", fixture.reservation))
                .containsExactly(new SandboxFileEntry("a/deep", Kind.DIRECTORY, 0));
    }

    @Test
    void givenAMissingFile_whenRead_thenNotFound() {
        assertThatThrownBy(() -> fixture.sandbox.readFile(session, "nope.txt", fixture.reservation))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenPathsThatClimbOut_whenUsed_thenEveryFileMethodRefusesThem() {
        for (String path : new String[] {"../x", "a/../../x", "/etc/passwd", "/tmp", ".."}) {
            refused(() -> fixture.sandbox.readFile(session, path, fixture.reservation));
            refused(() -> fixture.sandbox.writeFile(session, path, bytes("x"), fixture.reservation));
            refused(() -> fixture.sandbox.listFiles(session, path, fixture.reservation));
        }
        assertThat(fixture.root.resolve("x")).doesNotExist();
    }

    @Test
    void givenSymlinksPlantedToTheOutside_whenFollowedByFileMethods_thenRefusedAndNothingIsWritten() throws Exception {
        Path outside = Files.createDirectories(fixture.root.getParent().resolve("outside"));
        Files.writeString(outside.resolve("secret"), "host-secret");
        fixture.run(session, "true");
        Path workspace = fixture.sandbox.workspaceOf(session);
        Files.createSymbolicLink(workspace.resolve("file-link"), outside.resolve("secret"));
        Files.createSymbolicLink(workspace.resolve("dir-link"), outside);
        Files.createSymbolicLink(workspace.resolve("dangling"), outside.resolve("not-yet"));
        fixture.run(session, "ln -s /etc/passwd passwd-link");

        refused(() -> fixture.sandbox.readFile(session, "file-link", fixture.reservation));
        refused(() -> fixture.sandbox.readFile(session, "passwd-link", fixture.reservation));
        refused(() -> fixture.sandbox.readFile(session, "dir-link/secret", fixture.reservation));
        refused(() -> fixture.sandbox.writeFile(session, "dir-link/planted", bytes("x"), fixture.reservation));
        refused(() -> fixture.sandbox.writeFile(session, "file-link", bytes("overwritten"), fixture.reservation));
        refused(() -> fixture.sandbox.writeFile(session, "dangling", bytes("x"), fixture.reservation));
        refused(() -> fixture.sandbox.listFiles(session, "dir-link", fixture.reservation));

        assertThat(outside.resolve("planted")).doesNotExist();
        assertThat(outside.resolve("not-yet")).doesNotExist();
        assertThat(Files.readString(outside.resolve("secret"))).isEqualTo("host-secret");
    }

    @Test
    void givenAFileWrittenThroughThePort_whenTheSandboxChangesIt_thenTheSandboxOwnsIt() {
        fixture.sandbox.writeFile(session, "dir/sub/f.txt", bytes("v1"), fixture.reservation);

        assertThat(fixture.run(session, "echo v2 > dir/sub/f.txt && touch dir/sub/g").exitCode()).isZero();
        assertThat(new String(fixture.sandbox.readFile(session, "dir/sub/f.txt", fixture.reservation),
                StandardCharsets.UTF_8)).isEqualTo("v2\n");
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((DomainException) e).code().value())
                        .isEqualTo("sandbox_path_outside_workspace"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
