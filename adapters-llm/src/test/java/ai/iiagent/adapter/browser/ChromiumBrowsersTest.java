package ai.iiagent.adapter.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every browser tool against pages on a local test server, in the Debian Chromium behind the egress
 * proxy: forms, dropdowns, tabs (and their limit), scrolling, keys, waiting, dragging, clicking by
 * coordinates, a download into the workspace, restarting, and one session's storage unseen by another.
 */
class ChromiumBrowsersTest {

    private static BrowserFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new BrowserFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    private static ToolOutcome call(SessionId session, String tool, Map<String, Object> arguments) throws Exception {
        ToolOutcome outcome = fixture.call(session, tool, arguments);
        assertThat(outcome.error()).as(tool + " → " + outcome.text()).isFalse();
        return outcome;
    }

    /** The outcome if it already shows what is awaited, else the first of up to ten 1 s waits that does (or the last). */
    private static ToolOutcome shownByNow(SessionId session, ToolOutcome outcome, Predicate<ToolOutcome> shows)
            throws Exception {
        ToolOutcome latest = outcome;
        for (int wait = 0; wait < 10 && !shows.test(latest); wait++) {
            latest = call(session, "browser_wait", Map.of("seconds", 1)); // a new renderer can be slow on a busy machine
        }
        return latest;
    }

    @Test
    void givenAForm_whenFilledSelectedAndSubmitted_thenTheServerGetsTheValuesAndEveryStepHasAScreenshot() throws Exception {
        SessionId session = SessionId.random();
        ToolOutcome opened = call(session, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
        assertThat(opened.text()).contains("URL: " + fixture.site.url("/form.html")).contains("Title: Form");
        assertThat(opened.images()).singleElement().satisfies(image -> assertThat(image.mediaType()).isEqualTo("image/jpeg"));
        assertThat(opened.files()).singleElement().satisfies(file -> {
            assertThat(file.contentType()).isEqualTo("image/jpeg");
            assertThat(file.content()[0] & 0xff).isEqualTo(0xff);
            assertThat(file.content()[1] & 0xff).isEqualTo(0xd8);
        });
        ToolOutcome elements = call(session, "browser_view_interactive_elements", Map.of());
        assertThat(elements.text()).contains("[0] input[text] \"Name\"").contains("[1] input[text] \"City\"")
                .contains("[2] select").contains("[3] button \"Send\"");
        ToolOutcome options = call(session, "browser_get_select_options", Map.of("index", 2));
        assertThat(options.text()).contains("0: Red (value \"r\") [selected]").contains("1: Green (value \"g\")")
                .contains("2: Blue");
        call(session, "browser_select_dropdown_option", Map.of("index", 2, "option", "Green"));
        call(session, "browser_enter_multi_texts", Map.of("fields", List.of(Map.of("index", 0, "text", "Ada"),
                Map.of("index", 1, "text", "Paris"))));
        ToolOutcome sent = call(session, "browser_click", Map.of("index", 3));
        assertThat(sent.text()).contains("Title: Thanks").contains("Hello Ada from Paris who likes g");
        assertThat(sent.display()).containsEntry("title", "Thanks");
    }

    @Test
    void givenOneField_whenTextEnteredWithEnter_thenTheFormIsSubmitted() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
        call(session, "browser_view_interactive_elements", Map.of());
        ToolOutcome sent = call(session, "browser_enter_text", Map.of("index", 0, "text", "Grace", "press_enter", true));
        assertThat(sent.text()).contains("Hello Grace from who likes r");
    }

    @Test
    void givenALinkToANewTab_whenClickedSwitchedAndMoreOpened_thenTabsAreListedAndLimited() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
        assertThat(call(session, "browser_view_interactive_elements", Map.of()).text()).contains("[4] a \"Open tab\"");
        ToolOutcome clickedLink = call(session, "browser_click", Map.of("index", 4));
        // the new tab may open just after the click's own capture; a later call shows it then
        ToolOutcome second = shownByNow(session, clickedLink, outcome -> outcome.text().contains("Title: Second tab"));
        assertThat(second.text()).contains("Title: Second tab").contains("[1] Second tab").contains("(current)");
        ToolOutcome back = call(session, "browser_switch_tab", Map.of("index", 0));
        assertThat(back.text()).contains("Title: Form");
        ToolOutcome third = call(session, "browser_open_new_tab", Map.of("url", fixture.site.url("/tab.html")));
        assertThat((List<?>) third.display().get("tabs")).hasSize(3);
        ToolOutcome fourth = fixture.call(session, "browser_open_new_tab", Map.of());
        assertThat(fourth.error()).isTrue();
        assertThat(fourth.text()).contains("at most 3 tabs");
        call(session, "browser_switch_tab", Map.of("index", 0));
        assertThat(call(session, "browser_view_interactive_elements", Map.of()).text()).contains("[4] a \"Open tab\"");
        ToolOutcome clicked = call(session, "browser_click", Map.of("index", 4));
        // the pop-up opens after the click returns; its closing is said with this call or a later one
        ToolOutcome popup = shownByNow(session, clicked, outcome -> outcome.text().contains("A new tab was closed"));
        assertThat(popup.text()).contains("A new tab was closed: at most 3 tabs").contains("Title: Form");
        assertThat((List<?>) popup.display().get("tabs")).hasSize(3);
        assertThat(fixture.call(session, "browser_switch_tab", Map.of("index", 7)).text()).contains("there is no tab 7");
    }

    @Test
    void givenALongPage_whenScrolledDownAndUp_thenThePageMoves() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/long.html")));
        assertThat(call(session, "browser_scroll_down", Map.of()).text()).containsPattern("Title: scrolled [1-9][0-9]+");
        assertThat(call(session, "browser_scroll_up", Map.of()).text()).contains("Title: scrolled 0");
    }

    @Test
    void givenAFocusedField_whenKeysPressedTextTypedAndWaited_thenThePageSeesThem() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/keys.html")));
        assertThat(call(session, "browser_press_key", Map.of("key", "ArrowDown")).text()).contains("Title: key ArrowDown");
        assertThat(call(session, "browser_enter_text", Map.of("text", "x")).text()).contains("Title: key ArrowDown");
        assertThat(call(session, "browser_wait", Map.of("seconds", 1.5)).text()).contains("ready now");
    }

    @Test
    void givenADragTarget_whenDraggedAndClickedByCoordinates_thenThePageSeesThem() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/drag.html")));
        assertThat(call(session, "browser_drag", Map.of("start_x", 50, "start_y", 130, "end_x", 350, "end_y", 150))
                .text()).contains("Title: dropped");
        assertThat(call(session, "browser_click", Map.of("coordinate_x", 600, "coordinate_y", 300)).text())
                .contains("Title: clicked at 600,300");
    }

    @Test
    void givenADownloadLink_whenClicked_thenTheFileLandsInTheWorkspace() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/form.html")));
        assertThat(call(session, "browser_view_interactive_elements", Map.of()).text()).contains("[5] a \"Get the report\"");
        ToolOutcome clicked = call(session, "browser_click", Map.of("index", 5));
        ToolOutcome seen = shownByNow(session, clicked,
                outcome -> outcome.display().get("downloads") instanceof List<?> list && !list.isEmpty());
        assertThat(seen.display().get("downloads")).isEqualTo(List.of("downloads/report.csv"));
        assertThat(seen.text()).contains("/workspace/downloads/report.csv");
        assertThat(new String(fixture.sandbox.readFile(session, "downloads/report.csv", fixture.reservation),
                StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void givenTwoSessions_whenBothUseStorage_thenEachSeesOnlyItsOwnAndRestartForgetsIt() throws Exception {
        SessionId one = SessionId.random();
        SessionId two = SessionId.random();
        call(one, "browser_navigation", Map.of("url", fixture.site.url("/storage.html")));
        assertThat(call(one, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=mine");
        assertThat(call(two, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=null");
        ToolOutcome restarted = call(one, "browser_restart", Map.of());
        assertThat(restarted.text()).contains("URL: about:blank").contains("restarted");
        assertThat(call(one, "browser_navigation", Map.of("url", fixture.site.url("/storage.html"))).text())
                .contains("Title: stored=null");
    }

    @Test
    void givenAnUnknownElement_whenClicked_thenTheModelIsToldToNumberAgain() throws Exception {
        SessionId session = SessionId.random();
        call(session, "browser_navigation", Map.of("url", fixture.site.url("/tab.html")));
        ToolOutcome missing = fixture.call(session, "browser_click", Map.of("index", 40));
        assertThat(missing.error()).isTrue();
        assertThat(missing.text()).contains("there is no element 40").contains("browser_view_interactive_elements");
    }
}
