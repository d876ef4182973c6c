package ai.iiagent.domain.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parsed {@code SKILL.md}: YAML-style front matter between {@code ---} lines with at least
 * {@code name} (lower-case letters, digits, '-') and {@code description}, then Markdown instructions.
 * Only flat {@code key: value} lines are read; that is all a skill header needs.
 */
public record SkillManifest(String name, String description, String license, String content) {

    public static final int MAX_CONTENT = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public SkillManifest {
        Objects.requireNonNull(content, "content");
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("name must be 1-64 lower-case letters, digits or '-'");
        }
        if (description == null || description.isBlank() || description.length() > 1024) {
            throw invalid("description is required (at most 1024 characters)");
        }
    }

    public static SkillManifest parse(String skillMd) {
        if (skillMd == null || skillMd.length() > MAX_CONTENT) {
            throw invalid("SKILL.md is at most " + MAX_CONTENT + " characters");
        }
        String text = skillMd.replace("\r\n", "\n").stripLeading();
        if (!text.startsWith("---\n")) {
            throw invalid("SKILL.md starts with front matter between '---' lines");
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            throw invalid("SKILL.md front matter is not closed by '---'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                fields.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
            }
        }
        return new SkillManifest(fields.get("name"), fields.get("description"), fields.get("license"), skillMd);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static SettingsValidationException invalid(String message) {
        return new SettingsValidationException("invalid_skill_md", message);
    }
}
