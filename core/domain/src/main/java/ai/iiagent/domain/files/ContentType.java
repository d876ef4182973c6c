package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A media type without parameters, lower case ({@code image/png}). */
public record ContentType(String value) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    public static final ContentType OCTET_STREAM = new ContentType("application/octet-stream");

    public ContentType {
        if (value == null || !TYPE.matcher(value).matches()) {
            throw new ValidationException(ErrorCode.of("invalid_content_type"),
                    "content_type must look like type/subtype, got " + value);
        }
    }

    /** Drops parameters ({@code ; charset=...}) and case. */
    public static ContentType parse(String raw) {
        if (raw == null) {
            return new ContentType(null);
        }
        int semicolon = raw.indexOf(';');
        return new ContentType((semicolon < 0 ? raw : raw.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT));
    }

    public String type() {
        return value.substring(0, value.indexOf('/'));
    }

    /** Whether {@code pattern} ({@code image/png}, {@code image/*} or {@code *}) covers this type. */
    public boolean matches(String pattern) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        return p.equals("*") || p.equals("*/*") || p.equals(value) || p.endsWith("/*") && p.equals(type() + "/*");
    }

    @Override
    public String toString() {
        return value;
    }
}
