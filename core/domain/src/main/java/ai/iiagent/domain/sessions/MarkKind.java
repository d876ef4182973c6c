package ai.iiagent.domain.sessions;

import java.util.Locale;

/** The two personal lists a session can be on: pinned to the top, or kept on the wishlist (favourites). */
public enum MarkKind {
    PIN, WISHLIST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MarkKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
