package ai.iiagent.adapter.http.shared;

/**
 * Follows JSON text one character (or UTF-8 byte) at a time and reports a NUL: raw, or written as the
 * escape {@code \u0000} inside a string or key. UTF-8 continuation bytes are never ASCII, so the same
 * state machine reads bytes and chars.
 */
final class NulScanner {

    private enum State { OUTSIDE, STRING, ESCAPE, UNICODE }

    private State state = State.OUTSIDE;
    private int digits;
    private int value;

    /** True when {@code c} completes a NUL. */
    boolean isNul(int c) {
        if (c == 0) {
            return true;
        }
        switch (state) {
            case OUTSIDE -> state = c == '"' ? State.STRING : State.OUTSIDE;
            case STRING -> state = c == '\\' ? State.ESCAPE : c == '"' ? State.OUTSIDE : State.STRING;
            case ESCAPE -> {
                state = c == 'u' ? State.UNICODE : State.STRING;
                digits = 0;
                value = 0;
            }
            case UNICODE -> {
                return unicodeDigit(c);
            }
        }
        return false;
    }

    private boolean unicodeDigit(int c) {
        int digit = Character.digit(c, 16);
        if (digit < 0 || c > 'f') {
            state = State.STRING;   // not an escape Jackson accepts; it reports the error itself
            return false;
        }
        value = value * 16 + digit;
        if (++digits < 4) {
            return false;
        }
        state = State.STRING;
        return value == 0;
    }
}
