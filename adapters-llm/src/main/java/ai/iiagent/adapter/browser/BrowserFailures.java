package ai.iiagent.adapter.browser;

import ai.iiagent.port.out.browser.BrowserActionFailedException;
import ai.iiagent.port.out.browser.BrowserActionFailedException.Kind;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;

/** Playwright's exceptions as failures the model can act on (first line of the message only: no call logs). */
final class BrowserFailures {

    static RuntimeException translate(Throwable cause) {
        if (cause instanceof BrowserActionFailedException failed) {
            return failed;
        }
        String message = cause == null || cause.getMessage() == null ? "the browser failed" : firstLine(cause.getMessage());
        if (cause instanceof TimeoutError) {
            return new BrowserActionFailedException(Kind.TIMEOUT, message, cause);
        }
        if (cause instanceof PlaywrightException) {
            if (message.contains("ERR_TUNNEL_CONNECTION_FAILED") || message.contains("ERR_PROXY")) {
                return new BrowserActionFailedException(Kind.DESTINATION_REFUSED, message
                        + " (the address was refused by the SSRF rules or could not be reached)", cause);
            }
            return new BrowserActionFailedException(Kind.BROWSER, message + " (browser_restart starts a fresh browser)",
                    cause);
        }
        return cause instanceof RuntimeException runtime ? runtime
                : new BrowserActionFailedException(Kind.BROWSER, message, cause);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    private BrowserFailures() {
    }
}
