package ai.iiagent.service.sandboxes;

import ai.iiagent.service.sessions.RecordingSessionNoticeEncoding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sandboxes.GetSandboxStatusQuery;
import ai.iiagent.port.in.sandboxes.ListSandboxFilesQuery;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileQuery;
import ai.iiagent.port.in.sandboxes.SandboxFileView;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandboxes.InMemorySandboxRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner's sandbox use cases: ownership, and how file content is classified and cut. */
class SandboxOwnerServicesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final SandboxLifecycle lifecycle = new SandboxLifecycle(TestProviders.inMemory(), new InMemorySandboxRepository(sessions),
            sessions, command -> List.of(), clock, SandboxPolicy.defaults(), new RecordingSessionNoticeEncoding());
    private final SandboxPort tools = lifecycle.port();
    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "owner", Instant.now()).reservation();
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity eve = new Identity(UserId.random(), UserRole.USER);
    private final SessionId session = sessions.save(Session.start(SessionId.random(), ada.userId(), "s", AppKind.AGENT,
            null, clock.now())).id();
    private final ReadSandboxFileService read = new ReadSandboxFileService(sessions, lifecycle);

    @Test
    void givenSomeoneElse_whenTheyAskAboutTheSandbox_thenSessionNotFound_andForADeletedSessionToo() {
        tools.writeFile(session, "a.txt", bytes("a"), reservation);
        GetSandboxStatusService status = new GetSandboxStatusService(sessions, lifecycle);

        assertThat(status.status(new GetSandboxStatusQuery(ada, session)).status()).isEqualTo("running");
        assertThatThrownBy(() -> status.status(new GetSandboxStatusQuery(eve, session)))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> read.read(new ReadSandboxFileQuery(eve, session, "a.txt")))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> new ListSandboxFilesService(sessions, lifecycle)
                .list(new ListSandboxFilesQuery(eve, session, "", 1))).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> new AwakeSandboxService(sessions, lifecycle)
                .awake(new ai.iiagent.port.in.sandboxes.AwakeSandboxCommand(eve, session)))
                .isInstanceOf(SessionNotFoundException.class);

        sessions.save(sessions.findById(session).orElseThrow().deleted(clock.now()));
        assertThatThrownBy(() -> status.status(new GetSandboxStatusQuery(ada, session)))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenNoSandbox_whenTheStatusIsAsked_thenNotCreated() {
        SandboxStatusView view = new GetSandboxStatusService(sessions, lifecycle).status(new GetSandboxStatusQuery(ada, session));

        assertThat(view.status()).isEqualTo(SandboxStatusView.NOT_CREATED);
        assertThat(view.sandboxId()).isNull();
    }

    @Test
    void givenTextAndBinaryFiles_whenRead_thenTextIsTextAndBinaryIsOnlyItsSize() {
        tools.writeFile(session, "t.txt", bytes("héllo\n"), reservation);
        tools.writeFile(session, "b.bin", new byte[] {'a', 0, 'b'}, reservation);
        tools.writeFile(session, "bad.txt", new byte[] {'a', (byte) 0xc3, 'b'}, reservation);

        assertThat(read.read(new ReadSandboxFileQuery(ada, session, "t.txt")))
                .isEqualTo(new SandboxFileView("t.txt", "héllo\n", false, 7, false));
        assertThat(read.read(new ReadSandboxFileQuery(ada, session, "b.bin")))
                .isEqualTo(new SandboxFileView("b.bin", null, true, 3, false));
        assertThat(read.read(new ReadSandboxFileQuery(ada, session, "bad.txt")).binary()).isTrue();
    }

    @Test
    void givenATextFileLongerThanTheLimit_whenRead_thenItIsCutAtACharacterBoundary() {
        // 'x' then 2-byte characters: the limit falls in the middle of one, which is dropped.
        byte[] content = bytes("x" + "é".repeat(ReadSandboxFileService.MAX_BYTES));
        tools.writeFile(session, "long.txt", content, reservation);

        SandboxFileView view = read.read(new ReadSandboxFileQuery(ada, session, "long.txt"));

        assertThat(view.binary()).isFalse();
        assertThat(view.truncated()).isTrue();
        assertThat(view.size()).isEqualTo(content.length);
        assertThat(view.content()).hasSize(1 + (ReadSandboxFileService.MAX_BYTES - 2) / 2).startsWith("xé");
    }

    @Test
    void givenADepthOutOfRange_whenListed_thenItIsBounded() {
        tools.writeFile(session, "a.txt", bytes("a"), reservation);
        ListSandboxFilesService list = new ListSandboxFilesService(sessions, lifecycle);

        assertThat(list.list(new ListSandboxFilesQuery(ada, session, null, 99)).depth()).isEqualTo(ListSandboxFilesService.MAX_DEPTH);
        assertThat(list.list(new ListSandboxFilesQuery(ada, session, null, -3)).depth()).isEqualTo(1);
        assertThat(list.list(new ListSandboxFilesQuery(ada, session, null, null)).depth())
                .isEqualTo(ListSandboxFilesService.DEFAULT_DEPTH);
        assertThat(list.list(new ListSandboxFilesQuery(ada, session, null, null)).entries())
                .extracting(e -> e.path() + ":" + e.type() + ":" + e.size()).containsExactly("a.txt:file:1");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
