package ai.iiagent.adapter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.sandbox.StopNotifyingSandbox;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxPort;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session's browser is closed when the session's sandbox is paused or destroyed (the provider wrapped
 * in {@link StopNotifyingSandbox}, as the wiring does); the next call gets a fresh browser, and another
 * session's browser is untouched by the close. The idle limit is {@link BrowserIdleLimitTest}'s.
 */
class BrowserLifecycleTest {

    private static BrowserFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new BrowserFixture(); // a 5-minute idle limit: no sweep may close a browser under these tests
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void givenTheSessionsSandboxIsPausedOrDestroyed_thenItsBrowserClosesWithIt() throws Exception {
        SandboxPort sandbox = new StopNotifyingSandbox(fixture.sandbox, fixture.browsers::close);
        SessionId session = SessionId.random();
        fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/tab.html")));
        sandbox.pause(session);
        assertThat(fixture.call(session, "browser_view_interactive_elements", Map.of()).text()).contains("URL: about:blank");
        fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/tab.html")));
        sandbox.destroy(session);
        assertThat(fixture.call(session, "browser_view_interactive_elements", Map.of()).text()).contains("URL: about:blank");
    }

    @Test
    void givenTwoSessions_whenOnesBrowserIsClosed_thenOnlyItStartsFresh() throws Exception {
        SessionId closed = SessionId.random();
        SessionId kept = SessionId.random();
        fixture.call(closed, "browser_navigation", Map.of("url", fixture.site.url("/tab.html")));
        fixture.call(kept, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
        fixture.browsers.close(closed);
        assertThat(fixture.call(closed, "browser_view_interactive_elements", Map.of()).text()).contains("URL: about:blank");
        assertThat(fixture.call(kept, "browser_view_interactive_elements", Map.of()).text())
                .contains("URL: " + fixture.site.url("/form.html"));
    }
}
