package ai.iiagent.adapter.http.files;

import ai.iiagent.domain.files.RangeRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Range: bytes=first-last | first- | -suffix}. Anything else (several ranges, other units,
 * garbage) is ignored, which RFC 9110 allows: the client gets the whole object with 200.
 */
public final class RangeHeader {

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    private RangeHeader() {
    }

    public static RangeRequest parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = SINGLE.matcher(header);
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return null;
        }
        try {
            if (matcher.group(1).isEmpty()) {
                return new RangeRequest(null, null, Long.parseLong(matcher.group(2)));
            }
            long first = Long.parseLong(matcher.group(1));
            Long last = matcher.group(2).isEmpty() ? null : Long.parseLong(matcher.group(2));
            return last != null && last < first ? null : new RangeRequest(first, last, null);
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }
}
