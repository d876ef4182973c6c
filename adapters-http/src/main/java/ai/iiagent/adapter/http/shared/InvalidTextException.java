package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * A request body holds text the server refuses to store (today: NUL, which PostgreSQL text cannot
 * hold). A Jackson parse error so the JSON reader turns it into a 400; mapped to {@code invalid_text}.
 */
public final class InvalidTextException extends JsonParseException {

    public static final String CODE = "invalid_text";
    public static final String DETAIL = "Text must not contain NUL (U+0000) characters.";

    InvalidTextException() {
        super((JsonParser) null, DETAIL);
    }
}
