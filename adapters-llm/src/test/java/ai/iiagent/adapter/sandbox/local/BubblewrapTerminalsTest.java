package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Terminals in a real bubblewrap sandbox: a pty inside it, big pastes, UTF-8 and cleanup. */
class BubblewrapTerminalsTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = new SessionId(UUID.randomUUID());

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenAPasteLargerThanThePtyBuffers_thenEveryByteArrives_andWideCharactersComeThroughWhole() throws Exception {
        fixture.sandbox.ensure(session, fixture.reservation);
        TerminalScreen screen = new TerminalScreen();
        Terminal terminal = fixture.sandbox.terminals().open(session, new TerminalSize(24, 80), screen);
        terminal.input("stty -echo; wc -c > count.txt; echo counted$((1 + 1))\n");
        Thread.sleep(300);
        String paste = "é€𝄞 line of text to paste\n".repeat(4_000); // about 120 KB of UTF-8
        for (int at = 0; at < paste.length(); at += 8_000) {
            terminal.input(paste.substring(at, Math.min(paste.length(), at + 8_000)));
        }
        terminal.input("\u0004"); // end of input for wc
        screen.await("counted2");
        terminal.input("cat count.txt; printf 'wide:%s\\n' \"$(printf '\\xf0\\x9d\\x84\\x9e')\"; echo done$((3 + 3))\n");
        String shown = screen.await("done6");

        assertThat(shown).contains(Integer.toString(paste.getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .contains("wide:𝄞").doesNotContain("\uFFFD");
        terminal.close();
        assertThat(screen.exit.get(5, TimeUnit.SECONDS)).isNotNull();
        fixture.awaitNoProcesses(session);
    }

    @Test
    void givenTerminalsOfASession_whenTheSandboxIsDestroyed_thenTheyAllEnd_andTheLimitHolds() throws Exception {
        fixture.sandbox.ensure(session, fixture.reservation);
        List<TerminalScreen> screens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TerminalScreen screen = new TerminalScreen();
            screens.add(screen);
            fixture.sandbox.terminals().open(session, TerminalSize.DEFAULT, screen).input("sleep 1000 &\n");
        }
        assertThatThrownBy(() -> fixture.sandbox.terminals().open(session, TerminalSize.DEFAULT, new TerminalScreen()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("4 terminals");

        fixture.sandbox.destroy(session);

        for (TerminalScreen screen : screens) {
            assertThat(screen.exit.get(5, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(fixture.sandbox.terminals().openCount(session)).isZero();
        fixture.awaitNoProcesses(session);
    }
}
