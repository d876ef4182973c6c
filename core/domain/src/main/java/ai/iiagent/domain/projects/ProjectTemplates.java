package ai.iiagent.domain.projects;

import java.util.List;
import java.util.Locale;

/**
 * The templates the app ships (docs/projects.md "Templates"); a project's framework is one of them.
 * Each runs offline in the sandbox, which has no network.
 */
public final class ProjectTemplates {

    /** A static site served by {@code python3 -m http.server}. */
    public static final String STATIC = "static";
    /** A React app built with Vite (its dependencies must be installed with network; offline it serves its prebuilt page). */
    public static final String REACT_VITE = "react-vite";
    /** A page and a JSON API in Python (standard library only) on the project's PostgreSQL database. */
    public static final String FULLSTACK = "fullstack";

    public static final List<String> ALL = List.of(STATIC, REACT_VITE, FULLSTACK);
    /**
     * An Expo (React Native) app, made by {@code mobile_app_init} only (not one of the website templates):
     * Expo's web dev server once its dependencies are installed, offline a placeholder page.
     */
    public static final String EXPO = "expo";

    private ProjectTemplates() {
    }

    /** The template a framework name means ({@code react}, {@code vite} and {@code nextjs}-like names map to the closest). */
    public static String resolve(String framework) {
        String wanted = framework == null ? "" : framework.strip().toLowerCase(Locale.ROOT);
        if (ALL.contains(wanted) || EXPO.equals(wanted)) {
            return wanted;
        }
        if (wanted.contains("react") || wanted.contains("vite")) {
            return REACT_VITE;
        }
        if (wanted.contains("full") || wanted.contains("api") || wanted.contains("python") || wanted.contains("postgres")) {
            return FULLSTACK;
        }
        if (wanted.contains("static") || wanted.contains("html")) {
            return STATIC;
        }
        throw new ai.iiagent.domain.shared.ValidationException(ProjectErrors.UNKNOWN_FRAMEWORK,
                "unknown framework '" + framework + "': one of " + ALL);
    }

    /** Whether the template needs a database. */
    public static boolean needsDatabase(String template) {
        return FULLSTACK.equals(template);
    }
}
