package ai.iiagent.adapter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session's browser closes after the idle limit (2 s here, swept every second), counted from the end of
 * its last action: the next call starts fresh, but an action that itself outlasts the limit is not idleness.
 * Kept apart from {@link BrowserLifecycleTest}, whose browsers must outlive a slow machine's pauses.
 */
class BrowserIdleLimitTest {

    private static BrowserFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new BrowserFixture(new BrowserLimits(3, Duration.ofSeconds(15), Duration.ofSeconds(5),
                Duration.ofSeconds(2), 1024 * 1024, 1280, 800, 256, 4, Duration.ofSeconds(3), 4000));
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void givenAnIdleBrowser_whenTheIdleLimitPasses_thenItIsClosedAndTheNextCallStartsFresh() throws Exception {
        SessionId session = SessionId.random();
        fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/storage.html")));
        assertThat(fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=mine");
        Thread.sleep(4_500); // past the 2 s idle limit and the 1 s sweep
        assertThat(fixture.call(session, "browser_view_interactive_elements", Map.of()).text())
                .contains("URL: about:blank");
        assertThat(fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=null");
    }

    @Test
    void givenAnActionLongerThanTheIdleLimit_whenItEnds_thenTheBrowserIsStillOpen() throws Exception {
        SessionId session = SessionId.random();
        fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/storage.html")));
        assertThat(fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/slow.html?ms=3500"))).text())
                .contains("Title: Slow");
        // the sweeps queued behind the 3.5 s load run now; the limit counts from the load's end, so they keep the browser
        assertThat(fixture.call(session, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=mine");
    }
}
