package ai.iiagent.adapter.browser;

/** A downloaded file's name made safe for the workspace: one path segment, plain characters, bounded. */
final class DownloadNames {

    static String safe(String suggested) {
        String name = suggested == null ? "" : suggested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return "download";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private DownloadNames() {
    }
}
