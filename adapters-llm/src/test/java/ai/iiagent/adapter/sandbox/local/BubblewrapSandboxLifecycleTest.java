package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileEntry.Kind;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BubblewrapSandboxLifecycleTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenARunningSandbox_whenPausedAndResumed_thenStatusFollowsAndAWorkCallResumesIt() {
        assertThat(fixture.sandbox.pause(session)).isEqualTo(SandboxStatus.ABSENT);
        fixture.sandbox.ensure(session, fixture.reservation);

        assertThat(fixture.sandbox.pause(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(fixture.sandbox.resume(session)).isEqualTo(SandboxStatus.RUNNING);

        fixture.sandbox.pause(session);
        assertThat(fixture.run(session, "echo hi").stdout()).isEqualTo("hi\n");
        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.RUNNING);
    }

    @Test
    void givenASandboxOfAnEarlierProcess_whenConnectedByItsProviderId_thenItIsFoundWithItsFiles() {
        String providerId = fixture.sandbox.ensure(session, fixture.reservation).providerSandboxId();
        fixture.sandbox.writeFile(session, "kept.txt", bytes("kept"), fixture.reservation);
        BubblewrapSandbox restarted = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(fixture.root));

        assertThat(providerId).isEqualTo(session.toString());
        assertThat(restarted.connect(session, providerId).status()).isEqualTo(SandboxStatus.RUNNING);
        assertThat(restarted.readHead(session, "kept.txt", 100).head()).isEqualTo(bytes("kept"));
        assertThat(restarted.connect(session, SessionId.random().toString()).status()).isEqualTo(SandboxStatus.ABSENT);
        assertThat(restarted.connect(SessionId.random(), "x").status()).isEqualTo(SandboxStatus.ABSENT);
    }

    @Test
    void givenAParentWorkspace_whenCopiedForAFork_thenTheChildStartsWithItsFilesAndTheyDiverge() {
        fixture.run(session, "mkdir -p src/deep && echo one > src/deep/a.txt && ln -s src/deep/a.txt link");
        SessionId child = SessionId.random();

        assertThat(fixture.sandbox.createCopy(child, session, fixture.reservation).status()).isEqualTo(SandboxStatus.RUNNING);
        assertThat(fixture.run(child, "cat src/deep/a.txt link && echo two > src/deep/a.txt && id -u").stdout())
                .isEqualTo("one\none\n65534\n");

        assertThat(fixture.run(session, "cat src/deep/a.txt").stdout()).isEqualTo("one\n");
        assertThat(fixture.run(child, "cat src/deep/a.txt").stdout()).isEqualTo("two\n");
        assertThat(fixture.sandbox.createCopy(child, session, fixture.reservation).status()).isEqualTo(SandboxStatus.RUNNING);
        assertThat(fixture.run(child, "cat src/deep/a.txt").stdout()).as("an existing sandbox is not overwritten")
                .isEqualTo("two\n");
    }

    @Test
    void givenNestedFiles_whenTheTreeIsListed_thenDepthAndEntryLimitsHold() {
        fixture.run(session, "mkdir -p a/b/c && touch a/b/c/deep.txt a/one.txt z.txt");

        SandboxFileTree shallow = fixture.sandbox.listTree(session, "", 2, 100);
        assertThat(shallow.entries()).extracting(SandboxFileEntry::path).containsExactly("a", "a/b", "a/one.txt", "z.txt");
        assertThat(shallow.truncated()).isFalse();

        SandboxFileTree cut = fixture.sandbox.listTree(session, "", 10, 3);
        assertThat(cut.entries()).extracting(SandboxFileEntry::path).containsExactly("a", "a/b", "a/b/c");
        assertThat(cut.truncated()).isTrue();

        assertThat(fixture.sandbox.listTree(session, "a/b", 5, 10).entries())
                .containsExactly(new SandboxFileEntry("a/b/c", Kind.DIRECTORY, 0),
                        new SandboxFileEntry("a/b/c/deep.txt", Kind.FILE, 0));
        assertThatThrownBy(() -> fixture.sandbox.listTree(session, "../", 1, 10)).isInstanceOf(ValidationException.class);
    }

    @Test
    void givenNoSandbox_whenBrowsed_thenNotFoundAndNothingIsCreated() {
        assertThatThrownBy(() -> fixture.sandbox.listTree(session, "", 1, 10)).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(SandboxErrors.NOT_FOUND);
        assertThatThrownBy(() -> fixture.sandbox.readHead(session, "a", 10)).isInstanceOf(NotFoundException.class);
        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.ABSENT);
    }

    @Test
    void givenALargeFile_whenItsHeadIsRead_thenOnlyTheLimitComesBackWithTheSize() {
        fixture.run(session, "head -c 5000 /dev/zero | tr '\\0' x > big.txt");

        SandboxFileContent head = fixture.sandbox.readHead(session, "big.txt", 100);

        assertThat(head.head()).hasSize(100);
        assertThat(head.sizeBytes()).isEqualTo(5000);
        assertThat(head.truncated()).isTrue();
    }

    @Test
    void givenAStream_whenUploadedAndDownloaded_thenTheBytesRoundTripOwnedByTheSandbox() throws Exception {
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);

        long written = fixture.sandbox.upload(session, "uploads/blob.bin", new ByteArrayInputStream(content), fixture.reservation);

        assertThat(written).isEqualTo(content.length);
        try (InputStream in = fixture.sandbox.download(session, "uploads/blob.bin", fixture.reservation)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(fixture.run(session, "stat -c %s uploads/blob.bin && rm uploads/blob.bin && echo gone").stdout())
                .isEqualTo("300000\ngone\n");
    }

    @Test
    void givenAnUploadOverTheFileSizeLimit_whenUploaded_thenRefused() {
        InputStream huge = new ByteArrayInputStream(new byte[(int) (17 * SandboxFixture.MIB)]);

        assertThatThrownBy(() -> fixture.sandbox.upload(session, "huge.bin", huge, fixture.reservation))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void givenTheLocalSandbox_whenAPortIsExposed_thenItSaysItCannot() {
        assertThatThrownBy(() -> fixture.sandbox.exposePort(session, 8080, fixture.reservation))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(SandboxErrors.OPERATION_UNSUPPORTED);
        assertThat(fixture.sandbox.kind()).isEqualTo("local");
    }

    @Test
    void givenWorkspacesAndStrayEntries_whenListed_thenOnlySessionWorkspacesAreReported() throws Exception {
        SessionId other = SessionId.random();
        fixture.sandbox.ensure(session, fixture.reservation);
        fixture.sandbox.ensure(other, fixture.reservation);
        Files.createDirectory(fixture.root.resolve("not-a-session"));

        assertThat(fixture.sandbox.list()).containsExactlyInAnyOrder(session, other);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
