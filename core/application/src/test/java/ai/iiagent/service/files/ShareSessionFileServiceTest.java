package ai.iiagent.service.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.port.in.files.ListSessionFilesQuery;
import ai.iiagent.port.in.files.ShareSessionFileCommand;
import ai.iiagent.port.in.files.StoredAsset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files the agent sends to the user: stored at once, linked to the session, under the same rules as uploads. */
class ShareSessionFileServiceTest extends FilesFixture {

    private final ShareSessionFileService share = new ShareSessionFileService(assets, storage, getSession, clock, policy);
    private final ListSessionFilesService list = new ListSessionFilesService(assets, storage, getSession, clock, policy);

    @Test
    void givenTheOwnersSession_whenAFileIsShared_thenItIsStoredReadyAndListedWithTheSession() throws Exception {
        SessionId session = sessionOf(alice);

        StoredAsset shared = share.share(new ShareSessionFileCommand(alice, session, "out/report.txt", "text/plain",
                "results\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(shared.asset().fileName().value()).isEqualTo("report.txt");
        assertThat(shared.asset().isReady()).isTrue();
        assertThat(shared.asset().purpose()).isEqualTo(AssetPurpose.UPLOAD);
        assertThat(shared.asset().size()).isEqualTo(8);
        try (var content = storage.open(shared.asset().key(), null).orElseThrow()) {
            assertThat(new String(content.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("results\n");
        }
        assertThat(list.list(new ListSessionFilesQuery(alice, session))).extracting(file -> file.asset().id())
                .containsExactly(shared.asset().id());
    }

    @Test
    void givenSomeoneElsesSession_whenAFileIsShared_thenItIsRefusedAndNothingIsStored() {
        SessionId bobs = sessionOf(bob);

        assertThatThrownBy(() -> share.share(new ShareSessionFileCommand(alice, bobs, "x.txt", "text/plain", new byte[1])))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(assets.listLinked(bobs)).isEmpty();
    }

    @Test
    void givenTheUploadPolicy_whenAFileBreaksIt_thenItIsRefused() {
        SessionId session = sessionOf(alice);

        assertThatThrownBy(() -> share.share(new ShareSessionFileCommand(alice, session, "big.txt", "text/plain",
                new byte[101]))).isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> share.share(new ShareSessionFileCommand(alice, session, "run.sh",
                "application/x-sh", new byte[3]))).isInstanceOf(ContentTypeNotAllowedException.class);
        assertThat(assets.listLinked(session)).isEmpty();
    }
}
