package ai.iiagent.adapter.browser;

/**
 * Checks an address the agent asks the browser to open before it is opened, so the model reads why
 * it was refused; the egress proxy applies the same rules to every request regardless.
 */
@FunctionalInterface
interface BrowserNavigationCheck {

    /** @throws ai.iiagent.port.out.browser.BrowserActionFailedException when the address is refused */
    void check(String url);
}
