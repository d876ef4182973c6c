package ai.iiagent.domain.files;

import java.util.Objects;

/**
 * A file's display name, sanitised: only the last path segment is kept (either separator), control
 * characters are dropped and the length is capped. It never becomes part of a storage path by
 * itself; {@link ObjectKey} takes only its {@link #extension()}.
 */
public record FileName(String value) {

    static final int MAX_LENGTH = 255;

    public FileName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH || value.equals(".") || value.equals("..")
                || value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFileNameException(value);
        }
    }

    /** Keeps what a user would call the file's name: {@code C:\tmp\a.png} and {@code ../../a.png} become {@code a.png}. */
    public static FileName sanitise(String raw) {
        if (raw == null) {
            throw new InvalidFileNameException("");
        }
        String name = raw;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return new FileName(name);
    }

    /** Lower-case letters and digits after the last dot (at most 10), or empty. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        if (dot < 0 || dot == value.length() - 1) {
            return "";
        }
        String ext = value.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return ext.length() <= 10 && ext.matches("[a-z0-9]+") ? ext : "";
    }

    @Override
    public String toString() {
        return value;
    }
}
