package ai.iiagent.adapter.tools.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.adapter.documents.LibraryDocumentTextAdapter;
import ai.iiagent.adapter.documents.SampleDocuments;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Read} on documents and the attachment upload, against a real bubblewrap sandbox. */
class ReadDocumentsSandboxTest {

    private final Path root = Path.of("/tmp", "ii-agent-read-docs-" + UUID.randomUUID(), "sandboxes");
    private final BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(root));
    private final SessionId session = SessionId.random();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "read-docs-test", Instant.now()).reservation();
    private final ReadFileTool read = new ReadFileTool(sandbox, new LibraryDocumentTextAdapter());

    @AfterEach
    void cleanUp() throws IOException {
        sandbox.destroy(session);
        sandbox.shells().close();
        if (!Files.exists(root.getParent())) {
            return;
        }
        try (Stream<Path> all = Files.walk(root.getParent())) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private ToolOutcome call(Map<String, Object> arguments) throws Exception {
        return read.run(new ToolInvocation(UserId.random(), session, RunId.random(), "call-1", arguments, Map.of(),
                reservation));
    }

    @Test
    void givenAPdfInTheWorkspace_whenRead_thenTheModelGetsItsTextWithPageCount() throws Exception {
        sandbox.writeFile(session, "docs/report.pdf", SampleDocuments.pdf("Revenue grew nine percent",
                "Churn fell to two percent"), reservation);

        ToolOutcome outcome = call(Map.of("file_path", "/workspace/docs/report.pdf"));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).startsWith("[/workspace/docs/report.pdf: PDF, 2 pages; pages 1-2 below]\n")
                .contains("Revenue grew nine percent", "Churn fell to two percent");
        assertThat(outcome.display()).containsEntry("pages", 2).containsEntry("truncated", false);
    }

    @Test
    void givenAPageRange_whenRead_thenOnlyThosePagesAreReturned() throws Exception {
        sandbox.writeFile(session, "long.pdf", SampleDocuments.pdf("page one text", "page two text", "page three text"),
                reservation);

        ToolOutcome outcome = call(Map.of("file_path", "long.pdf", "pages", "2-3"));
        ToolOutcome past = call(Map.of("file_path", "long.pdf", "pages", "7"));
        ToolOutcome malformed = call(Map.of("file_path", "long.pdf", "pages", "three"));

        assertThat(outcome.text()).contains("pages 2-3 below", "page two text", "page three text")
                .doesNotContain("page one text");
        assertThat(past.error()).isTrue();
        assertThat(past.text()).contains("has 3 pages");
        assertThat(malformed.error()).isTrue();
        assertThat(malformed.text()).contains("pages must look like");
    }

    @Test
    void givenAWordDocumentAndATextFile_whenRead_thenDocumentIsExtractedAndTextIsAsIs() throws Exception {
        sandbox.writeFile(session, "notes.docx", SampleDocuments.docx("Agenda", "Ship attachments"), reservation);
        sandbox.writeFile(session, "plain.txt", "just text\n".getBytes(StandardCharsets.UTF_8), reservation);

        assertThat(call(Map.of("file_path", "notes.docx")).text()).startsWith("[/workspace/notes.docx: DOCX")
                .contains("Agenda", "Ship attachments");
        assertThat(call(Map.of("file_path", "plain.txt")).text()).isEqualTo("just text\n");
    }

    @Test
    void givenADamagedPdf_whenRead_thenTheModelGetsAnErrorItCanRead() throws Exception {
        sandbox.writeFile(session, "broken.pdf", "%PDF-1.7 nothing else".getBytes(StandardCharsets.UTF_8), reservation);

        ToolOutcome outcome = call(Map.of("file_path", "broken.pdf"));

        assertThat(outcome.error()).isTrue();
        assertThat(outcome.text()).startsWith("Could not read /workspace/broken.pdf: not a readable PDF");
    }

    @Test
    void givenAnImageInTheWorkspace_whenRead_thenItComesBackAsAnImagePartWithAShortText() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        sandbox.writeFile(session, "shots/screen.PNG", png, reservation);

        ToolOutcome outcome = call(Map.of("file_path", "shots/screen.PNG"));

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).isEqualTo("[/workspace/shots/screen.PNG: image/png, 12 bytes; the image follows]");
        assertThat(outcome.images()).singleElement().satisfies(image -> {
            assertThat(image.mediaType()).isEqualTo("image/png");
            assertThat(image.name()).isEqualTo("screen.PNG");
            assertThat(java.util.Base64.getDecoder().decode(image.base64())).isEqualTo(png);
        });
    }

    @Test
    void givenAnAttachment_whenUploaded_thenItLandsUnderUploadsForTheShell() {
        SandboxWorkspaceUploads uploads = new SandboxWorkspaceUploads(sandbox);

        String path = uploads.upload(session, "data.csv", new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                reservation);

        assertThat(path).isEqualTo("/workspace/uploads/data.csv");
        assertThat(sandbox.run(session, new CommandRequest("cat /workspace/uploads/data.csv", Duration.ofSeconds(10), 4096),
                reservation).stdout()).isEqualTo("a,b\n1,2\n");
        assertThatThrownBy(() -> uploads.upload(session, "../escape.txt", new ByteArrayInputStream(new byte[0]), reservation))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
