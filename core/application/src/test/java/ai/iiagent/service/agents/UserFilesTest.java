package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.SignedUrl;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.domain.credits.Credits;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files a tool hands to the user go through the files use case as the run's owner; the result says where. */
class UserFilesTest {

    private final Identity owner = new Identity(UserId.random(), UserRole.USER);
    private final SessionId session = SessionId.random();
    private final List<ShareSessionFileCommand> shared = new ArrayList<>();
    private final UserFiles files = new UserFiles(command -> {
        shared.add(command);
        if (command.contentType().equals("application/octet-stream")) {
            throw new ContentTypeNotAllowedException(ContentType.parse(command.contentType()));
        }
        Asset asset = Asset.pending(AssetId.random(), command.owner().userId(), FileName.sanitise(command.fileName()),
                ContentType.parse(command.contentType()), command.content().length, AssetPurpose.UPLOAD, session,
                Instant.EPOCH).completed(command.content().length, Instant.EPOCH);
        return new StoredAsset(asset, new SignedUrl(URI.create("https://files.test/" + asset.id()), "GET", Instant.EPOCH));
    }, owner, session);

    @Test
    void givenAnOutcomeWithoutFiles_thenItIsUnchanged() {
        ToolOutcome plain = ToolOutcome.ok("nothing to send");

        assertThat(files.deliver(plain)).isSameAs(plain);
        assertThat(shared).isEmpty();
    }

    @Test
    void givenFiles_thenEachIsSharedForTheOwnersSession_andTheResultListsThem() {
        ToolOutcome outcome = new ToolOutcome("Sending 2 files", Map.of("message", "hi"), false, Credits.ZERO, List.of(
                new ToolFile("out/a.txt", "a.txt", "text/plain", "A".getBytes()),
                new ToolFile("blob", "blob", "application/octet-stream", new byte[] {0})));

        ToolOutcome delivered = files.deliver(outcome);

        assertThat(shared).extracting(ShareSessionFileCommand::owner, ShareSessionFileCommand::sessionId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(owner, session));
        assertThat(delivered.error()).isFalse();
        assertThat(delivered.files()).as("bytes are not kept in the result").isEmpty();
        assertThat(delivered.display()).containsEntry("message", "hi");
        @SuppressWarnings("unchecked")
        List<RunEvent.SentFile> sent = (List<RunEvent.SentFile>) delivered.display().get("files");
        assertThat(sent).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("a.txt");
            assertThat(file.path()).isEqualTo("out/a.txt");
            assertThat(file.size()).isEqualTo(1L);
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(file.id()).isNotBlank();
            assertThat(file.url()).isNotBlank();
        });
        assertThat(delivered.text()).contains("The user now has 1 file in this session: a.txt.")
                .contains("Not sent: blob (");
    }

    @Test
    void givenEveryFileRefused_thenTheResultIsAnError() {
        ToolOutcome delivered = files.deliver(new ToolOutcome("Sending", Map.of(), false, Credits.ZERO,
                List.of(new ToolFile("blob", "blob", "application/octet-stream", new byte[] {0}))));

        assertThat(delivered.error()).isTrue();
        assertThat(delivered.display().get("files")).isEqualTo(List.of());
    }
}
