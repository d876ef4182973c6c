package ai.iiagent.domain.projects;

import java.util.List;

/**
 * How a deployed project is served: its built files as they are ({@link #STATIC}), or its own server
 * process, supervised ({@link #SERVER}).
 */
public enum SiteKind {
    STATIC,
    SERVER;

    /** How a project made from {@code framework} (a {@link ProjectTemplates} name) is served. */
    public static SiteKind of(String framework) {
        return ProjectTemplates.FULLSTACK.equals(framework) ? SERVER : STATIC;
    }

    /**
     * Where a static project's built output is, relative to the project, first found wins: Vite's
     * {@code dist/} (or, offline, the template's {@code offline/} page), a static site's {@code public/}.
     */
    public static List<String> staticOutputs(String framework) {
        if (ProjectTemplates.EXPO.equals(framework)) {
            return List.of("dist", "offline"); // npx expo export --platform web writes dist/
        }
        return ProjectTemplates.REACT_VITE.equals(framework) ? List.of("dist", "build", "offline")
                : List.of("public", "dist", "build", "out", ".");
    }
}
