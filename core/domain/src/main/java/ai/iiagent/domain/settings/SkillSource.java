package ai.iiagent.domain.settings;

import java.util.Locale;

/** Where a skill came from: shipped with the app, or uploaded by a user. */
public enum SkillSource {
    BUILTIN, CUSTOM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SkillSource parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
