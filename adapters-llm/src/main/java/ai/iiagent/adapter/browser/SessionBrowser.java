package ai.iiagent.adapter.browser;

import ai.iiagent.port.out.browser.BrowserAction;
import ai.iiagent.port.out.browser.BrowserActionFailedException;
import ai.iiagent.port.out.browser.BrowserActionFailedException.Kind;
import ai.iiagent.port.out.browser.BrowserElement;
import ai.iiagent.port.out.browser.BrowserTab;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One session's browser: its own context (cookies, storage, tabs) and the tab acted on. Used only on
 * the driver thread (Playwright objects are not thread-safe). Tabs past the limit are closed as they
 * open; downloads are collected for the caller to put in the workspace.
 */
final class SessionBrowser {

    private static final int MAX_ELEMENTS = 150;
    /** A click that opens a tab usually has it within this time, so its state shows the new tab. */
    private static final double POPUP_GRACE_MS = 150;

    private final BrowserContext context;
    private final BrowserLimits limits;
    private final List<Download> downloads = new ArrayList<>();
    private Page active;
    /** What happened beside the action (a pop-up closed, a slow load), said with the next capture. */
    private final List<String> notes = new ArrayList<>();
    volatile long lastUsedNanos = System.nanoTime();

    SessionBrowser(Browser browser, BrowserLimits limits) {
        this.limits = limits;
        this.context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(limits.viewportWidth(), limits.viewportHeight()).setServiceWorkers(
                        com.microsoft.playwright.options.ServiceWorkerPolicy.BLOCK));
        context.setDefaultNavigationTimeout(limits.pageLoadTimeout().toMillis());
        context.setDefaultTimeout(limits.actionTimeout().toMillis());
        context.onPage(this::opened);
        this.active = context.newPage();
    }

    private void opened(Page page) {
        page.onDownload(downloads::add);
        if (context.pages().size() > limits.maxTabs()) {
            notes.add("A new tab was closed: at most " + limits.maxTabs() + " tabs may be open.");
            page.close();
            return;
        }
        active = page;
    }

    /** Runs one action (never {@link BrowserAction.Restart} or {@link BrowserAction.Wait}, which the caller handles). */
    Capture perform(BrowserAction action, BrowserNavigationCheck check) {
        lastUsedNanos = System.nanoTime();
        keepActive();
        List<BrowserElement> elements = List.of();
        String found = "";
        switch (action) {
            case BrowserAction.Navigate a -> {
                check.check(a.url());
                active.navigate(a.url());
            }
            case BrowserAction.ClickElement a -> {
                element(a.index()).click();
                graceForPopups();
            }
            case BrowserAction.ClickAt a -> {
                active.mouse().click(a.x(), a.y());
                graceForPopups();
            }
            case BrowserAction.EnterText a -> enter(a.index(), a.text(), a.pressEnter());
            case BrowserAction.EnterTexts a -> {
                for (int i = 0; i < a.fields().size(); i++) {
                    enter(a.fields().get(i).index(), a.fields().get(i).text(), a.pressEnter() && i == a.fields().size() - 1);
                }
            }
            case BrowserAction.PressKey a -> active.keyboard().press(a.key());
            case BrowserAction.Scroll a -> active.evaluate(PageScripts.SCROLL, a.down());
            case BrowserAction.SelectOptions a -> found = options(a.index());
            case BrowserAction.SelectOption a -> found = select(a.index(), a.option());
            case BrowserAction.SwitchTab a -> switchTo(a.index());
            case BrowserAction.OpenTab a -> {
                if (a.url() != null) {
                    check.check(a.url());
                }
                if (context.pages().size() >= limits.maxTabs()) {
                    throw new BrowserActionFailedException(Kind.LIMIT, "at most " + limits.maxTabs()
                            + " tabs may be open; switch to one (browser_switch_tab) instead");
                }
                context.newPage();
                if (a.url() != null) {
                    active.navigate(a.url());
                }
            }
            case BrowserAction.ViewElements a -> elements = number();
            case BrowserAction.Drag a -> {
                active.mouse().move(a.fromX(), a.fromY());
                active.mouse().down();
                active.mouse().move(a.toX(), a.toY(), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
                active.mouse().up();
            }
            case BrowserAction.Wait a -> { }
            case BrowserAction.Restart a -> { }
        }
        settle();
        return capture(elements, found);
    }

    Capture capture(List<BrowserElement> elements, String text) {
        keepActive();
        if (!elements.isEmpty()) {
            active.evaluate(PageScripts.DRAW_OVERLAY);
        }
        byte[] screenshot = active.screenshot(new Page.ScreenshotOptions().setType(ScreenshotType.JPEG).setQuality(70));
        if (!elements.isEmpty()) {
            active.evaluate(PageScripts.REMOVE_OVERLAY);
        }
        String digest = String.valueOf(active.evaluate(PageScripts.TEXT, limits.digestChars()));
        List<BrowserTab> tabs = new ArrayList<>();
        List<Page> pages = context.pages();
        for (int i = 0; i < pages.size(); i++) {
            tabs.add(new BrowserTab(i, pages.get(i).url(), pages.get(i).title(), pages.get(i) == active));
        }
        List<Download> finished = List.copyOf(downloads);
        downloads.clear();
        String said = join(text, String.join("\n", notes)); // drained last: events during the capture count too
        notes.clear();
        lastUsedNanos = System.nanoTime(); // idle time starts when an action ends: a slow page is not idleness
        return new Capture(active.url(), active.title(), digest, screenshot, tabs, elements, said, finished);
    }

    private void graceForPopups() {
        try {
            active.waitForTimeout(POPUP_GRACE_MS);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // the click closed the page; keepActive picks another tab
        }
    }

    /** A page may close itself: act on the last open tab then, or a new blank one. */
    private void keepActive() {
        if (active.isClosed()) {
            List<Page> pages = context.pages();
            active = pages.isEmpty() ? context.newPage() : pages.get(pages.size() - 1);
        }
    }

    private void settle() {
        try {
            active.waitForLoadState(LoadState.DOMCONTENTLOADED, new Page.WaitForLoadStateOptions()
                    .setTimeout(limits.pageLoadTimeout().toMillis()));
        } catch (com.microsoft.playwright.TimeoutError e) {
            notes.add("The page had not finished loading.");
        }
    }

    /** Into the numbered field, or (index -1) typed into whatever has the focus. */
    private void enter(int index, String text, boolean pressEnter) {
        if (index < 0) {
            active.keyboard().insertText(text);
            if (pressEnter) {
                active.keyboard().press("Enter");
            }
            return;
        }
        Locator field = element(index);
        field.fill(text);
        if (pressEnter) {
            field.press("Enter");
        }
    }

    private String options(int index) {
        Object options = element(index).evaluate(PageScripts.OPTIONS);
        if (!(options instanceof List<?> list)) {
            throw new BrowserActionFailedException(Kind.NOT_FOUND, "element " + index + " is not a dropdown (<select>)");
        }
        StringBuilder text = new StringBuilder("Options of dropdown " + index + ":");
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> option = (Map<?, ?>) list.get(i);
            text.append("\n").append(i).append(": ").append(option.get("text")).append(" (value \"")
                    .append(option.get("value")).append("\")").append(Boolean.TRUE.equals(option.get("selected")) ? " [selected]" : "");
        }
        return text.toString();
    }

    private String select(int index, String option) {
        Locator select = element(index);
        List<String> chosen;
        try {
            chosen = select.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(option),
                    new Locator.SelectOptionOptions().setTimeout(2_000));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            chosen = select.selectOption(option);
        }
        return "Selected \"" + option + "\" (value " + chosen + ") in dropdown " + index + ".";
    }

    private void switchTo(int index) {
        List<Page> pages = context.pages();
        if (index < 0 || index >= pages.size()) {
            throw new BrowserActionFailedException(Kind.NOT_FOUND, "there is no tab " + index + "; open tabs are 0 to "
                    + (pages.size() - 1));
        }
        active = pages.get(index);
        active.bringToFront();
    }

    private List<BrowserElement> number() {
        Object listed = active.evaluate(PageScripts.NUMBER_ELEMENTS, MAX_ELEMENTS);
        List<BrowserElement> elements = new ArrayList<>();
        if (listed instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> e = (Map<?, ?>) item;
                elements.add(new BrowserElement(number(e.get("index")), String.valueOf(e.get("tag")),
                        String.valueOf(e.get("description")), number(e.get("x")), number(e.get("y")),
                        number(e.get("width")), number(e.get("height"))));
            }
        }
        return elements;
    }

    private Locator element(int index) {
        Locator found = active.locator("[" + PageScripts.INDEX_ATTRIBUTE + "=\"" + index + "\"]");
        if (found.count() == 0) {
            throw new BrowserActionFailedException(Kind.NOT_FOUND, "there is no element " + index + " on this page;"
                    + " call browser_view_interactive_elements to number the elements again");
        }
        return found.first();
    }

    void close() {
        try {
            context.close();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // the browser is already gone
        }
    }

    private static int number(Object value) {
        return value instanceof Number n ? (int) Math.round(n.doubleValue()) : 0;
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n" + b;
    }

    /** What an action left: the page as {@link ai.iiagent.port.out.browser.BrowserState} shows it, and downloads to store. */
    record Capture(String url, String title, String digest, byte[] screenshot, List<BrowserTab> tabs,
                   List<BrowserElement> elements, String note, List<Download> downloads) {
    }
}
