package ai.iiagent.domain.integrations;

import java.util.regex.Pattern;

/** A Drive file id as the Picker hands it over: letters, digits, {@code -} and {@code _}, nothing to inject into a URL. */
public record GoogleDriveFileId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    public GoogleDriveFileId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw ConnectorErrors.invalid("a Drive file id has letters, digits, '-' and '_' only");
        }
    }
}
