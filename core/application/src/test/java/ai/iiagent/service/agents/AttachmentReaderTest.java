package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.WorkspaceUploadPort;
import ai.iiagent.service.metering.BillableExecutor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a query's attachments reach the model: images, workspace copies, document text, notes, limits. */
class AttachmentReaderTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    private final Identity owner = new Identity(UserId.random(), UserRole.USER);
    private final SessionId session = SessionId.random();
    private final Map<String, byte[]> workspace = new LinkedHashMap<>();
    private final List<HoldRequest> holds = new ArrayList<>();
    private final WorkspaceUploadPort uploads = (sessionId, name, content, reservation) -> {
        try {
            workspace.put(name, content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WorkspaceUploadPort.DIRECTORY + "/" + name;
    };
    private final DocumentTextPort documents = new DocumentTextPort() {
        @Override
        public boolean supports(DocumentFormat format) {
            return true;
        }

        @Override
        public ExtractedText extract(InputStream document, TextExtractionRequest request) {
            try {
                String text = "TEXT OF " + new String(document.readAllBytes(), StandardCharsets.UTF_8);
                boolean cut = text.length() > request.maxChars();
                return new ExtractedText(cut ? text.substring(0, request.maxChars()) : text, 2, 1, 2, cut);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private AttachmentReader reader(WorkspaceUploadPort workspacePort, AttachmentLimits limits) {
        return new AttachmentReader(documents, workspacePort, recording(holds), limits);
    }

    @Test
    void givenAVisionModel_whenAnImageIsAttached_thenItBecomesAnImageAndIsNotCopied() {
        AttachedInput input = reader(uploads, AttachmentLimits.DEFAULT).read(owner, session, RunId.random(),
                List.of(attachment("photo.png", "image/png", PNG)), model(true));

        assertThat(input.images()).singleElement().satisfies(image -> {
            assertThat(image.mediaType()).isEqualTo("image/png");
            assertThat(java.util.Base64.getDecoder().decode(image.base64())).isEqualTo(PNG);
            assertThat(image.name()).isEqualTo("photo.png");
        });
        assertThat(input.text()).contains("- photo.png (image/png, 11 bytes): shown to you as an image");
        assertThat(workspace).isEmpty();
        assertThat(QueryAttachments.shown(List.of(attachment("photo.png", "image/png", PNG))))
                .singleElement().satisfies(file -> assertThat(file.name()).isEqualTo("photo.png"));
    }

    @Test
    void givenATextOnlyModel_whenAnImageIsAttached_thenItIsCopiedAndTheModelGetsANoteInstead() {
        AttachedInput input = reader(uploads, AttachmentLimits.DEFAULT).read(owner, session, RunId.random(),
                List.of(attachment("photo.png", "image/png", PNG)), model(false));

        assertThat(input.images()).isEmpty();
        assertThat(input.text()).contains("saved at /workspace/uploads/photo.png")
                .contains("the model in use (Text Model) cannot view images").contains("Do not guess its contents");
        assertThat(workspace).containsOnlyKeys("photo.png");
        assertThat(holds).as("the copy is a zero hold, like a free tool call").containsExactly(new HoldRequest.Fixed(Credits.ZERO));
    }

    @Test
    void givenAnImageOverTheInlineLimit_whenAttachedForAVisionModel_thenItIsCopiedWithANote() {
        AttachmentLimits small = new AttachmentLimits(10, 1000, 4, 1000, 100, 100);

        AttachedInput input = reader(uploads, small).read(owner, session, RunId.random(),
                List.of(attachment("big.png", "image/png", PNG)), model(true));

        assertThat(input.images()).isEmpty();
        assertThat(input.text()).contains("it is larger than the");
        assertThat(workspace).containsOnlyKeys("big.png");
    }

    @Test
    void givenAPdfAndACsv_whenAttached_thenBothAreCopiedAndThePdfTextReachesTheModel() {
        AttachedInput input = reader(uploads, AttachmentLimits.DEFAULT).read(owner, session, RunId.random(), List.of(
                attachment("report.pdf", "application/pdf", "quarterly numbers".getBytes(StandardCharsets.UTF_8)),
                attachment("data.csv", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8))), model(true));

        assertThat(workspace).containsOnlyKeys("report.pdf", "data.csv");
        assertThat(input.text()).contains("- report.pdf (application/pdf, 17 bytes): saved at /workspace/uploads/report.pdf")
                .contains("- data.csv (text/csv, 3 bytes): saved at /workspace/uploads/data.csv")
                .contains("<document name=\"report.pdf\" pages=\"2\">\nTEXT OF quarterly numbers\n</document>")
                .doesNotContain("TEXT OF a,b");
        assertThat(input.appendedTo("summarise")).startsWith("summarise\n\nAttached files:\n");
    }

    @Test
    void givenDocumentsOverTheTextBudget_whenAttached_thenTextIsCutAndTheModelIsTold() {
        AttachmentLimits tight = new AttachmentLimits(10, 10_000, 1000, 10_000, 12, 20);

        AttachedInput input = reader(uploads, tight).read(owner, session, RunId.random(), List.of(
                attachment("a.docx", "application/octet-stream", "first document".getBytes(StandardCharsets.UTF_8)),
                attachment("b.pdf", "application/pdf", "second document".getBytes(StandardCharsets.UTF_8)),
                attachment("c.pdf", "application/pdf", "third".getBytes(StandardCharsets.UTF_8))), model(false));

        assertThat(input.text()).contains("<document name=\"a.docx\" pages=\"2\" truncated=\"true\">\nTEXT OF firs\n")
                .contains("the text of a.docx below is cut at 12 characters")
                .contains("<document name=\"b.pdf\" pages=\"2\" truncated=\"true\">\nTEXT OF \n")
                .contains("the text of c.pdf is left out: the attachments' text limit is reached");
    }

    @Test
    void givenTheWorkspaceFails_whenAttached_thenTheModelHearsWhyAndStillGetsTheText() {
        WorkspaceUploadPort broken = (sessionId, name, content, reservation) -> {
            throw new IllegalStateException("no sandbox on this server");
        };

        AttachedInput input = reader(broken, AttachmentLimits.DEFAULT).read(owner, session, RunId.random(),
                List.of(attachment("report.pdf", "application/pdf", "numbers".getBytes(StandardCharsets.UTF_8))), model(true));

        assertThat(input.text()).contains("report.pdf could not be copied into the workspace (no sandbox on this server)")
                .contains("TEXT OF numbers");
    }

    @Test
    void givenTwoFilesWithOneName_whenCopied_thenTheSecondGetsASuffix() {
        reader(uploads, AttachmentLimits.DEFAULT).read(owner, session, RunId.random(), List.of(
                attachment("notes.txt", "text/plain", new byte[]{1}), attachment("notes.txt", "text/plain", new byte[]{2})),
                model(false));

        assertThat(workspace).containsOnlyKeys("notes.txt", "notes-2.txt");
    }

    @Test
    void givenQueryFiles_whenChecked_thenIdsCountAndTotalSizeAreEnforcedAndOwnAssetsPass() {
        Attachment mine = attachment("a.txt", "text/plain", new byte[600]);
        QueryAttachments checks = new QueryAttachments(query -> {
            if (!query.assetIds().contains(mine.asset().id())) {
                throw new AssetNotFoundException(query.assetIds().get(0)); // another user's or unknown: not found
            }
            return List.of(mine);
        }, reader(uploads, AttachmentLimits.DEFAULT), new AttachmentLimits(2, 500, 100, 100, 10, 10));
        String id = mine.asset().id().toString();

        assertThatThrownBy(() -> checks.check(owner, List.of("not-a-uuid")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code().value()).isEqualTo("invalid_attachment"));
        assertThatThrownBy(() -> checks.check(owner, List.of(AssetId.random().toString(), AssetId.random().toString(), id)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code().value()).isEqualTo("too_many_attachments"));
        assertThatThrownBy(() -> checks.check(owner, List.of(AssetId.random().toString())))
                .isInstanceOf(AssetNotFoundException.class);
        assertThatThrownBy(() -> checks.check(owner, List.of(id)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code().value()).isEqualTo("attachments_too_large"));
        assertThat(checks.check(owner, List.of())).isEmpty();
        assertThatThrownBy(() -> QueryAttachments.UNAVAILABLE.check(owner, List.of(id)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.code().value()).isEqualTo("attachments_unavailable"));
    }

    @Test
    void givenOwnFilesWithinLimits_whenChecked_thenTheyResolveOnceEach() {
        Attachment mine = attachment("a.txt", "text/plain", new byte[10]);
        QueryAttachments checks = new QueryAttachments(query -> {
            assertThat(query.assetIds()).containsExactly(mine.asset().id());
            return List.of(mine);
        }, reader(uploads, AttachmentLimits.DEFAULT), AttachmentLimits.DEFAULT);

        assertThat(checks.check(owner, List.of(mine.asset().id().toString(), " " + mine.asset().id() + " ")))
                .containsExactly(mine);
    }

    private Attachment attachment(String name, String type, byte[] bytes) {
        Asset asset = Asset.pending(AssetId.random(), owner.userId(), FileName.sanitise(name), ContentType.parse(type),
                bytes.length, AssetPurpose.UPLOAD, session, Instant.now()).completed(bytes.length, Instant.now());
        return new Attachment(asset, () -> new ByteArrayInputStream(bytes));
    }

    private static ResolvedModel model(boolean vision) {
        return new ResolvedModel("openai", vision ? "gpt-4o" : "text-model", vision ? "Vision Model" : "Text Model",
                LlmEndpoint.DEFAULT, ModelPrice.FREE, 1000, 10_000, false, false, vision);
    }

    private static BillableExecutor recording(List<HoldRequest> holds) {
        CreditAccount account = new CreditAccount(UserId.random(), Credits.of(100), Credits.ZERO, false, 0);
        return new BillableExecutor(command -> {
            holds.add(command.hold());
            CreditAccount payer = new CreditAccount(command.userId(), account.regular(), account.bonus(), false, 0);
            return payer.reserve(((HoldRequest.Fixed) command.hold()).amount(), 0, command.subject(),
                    command.idempotencyKey(), Instant.now()).reservation();
        }, command -> new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(100), false),
                command -> null, (request, reservation, listener) -> null, (who, subject, settlement) -> { });
    }
}
