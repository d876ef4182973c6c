package ai.iiagent.adapter.tools.browser;

import java.util.Map;

/** Reads browser tool arguments; a wrong one is an {@link IllegalArgumentException} saying which and why. */
final class BrowserArgs {

    static int index(Map<String, Object> args, String name) {
        if (!(args.get(name) instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
                || number.intValue() < 0) {
            throw new IllegalArgumentException(name + " must be a whole number from 0 (an element or tab number)");
        }
        return number.intValue();
    }

    static double coordinate(Map<String, Object> args, String name) {
        if (!(args.get(name) instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 10_000) {
            throw new IllegalArgumentException(name + " must be a viewport coordinate in pixels");
        }
        return number.doubleValue();
    }

    static String text(Map<String, Object> args, String name, int max) {
        if (!(args.get(name) instanceof String text) || text.length() > max) {
            throw new IllegalArgumentException(name + " must be text of at most " + max + " characters");
        }
        return text;
    }

    static String url(Map<String, Object> args, String name) {
        String url = text(args, name, 4096).strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException(name + " must be an http(s) URL");
        }
        return url;
    }

    static boolean flag(Map<String, Object> args, String name) {
        return Boolean.TRUE.equals(args.get(name));
    }

    private BrowserArgs() {
    }
}
