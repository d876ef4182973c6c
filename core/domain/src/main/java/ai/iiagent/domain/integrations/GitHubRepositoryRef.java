package ai.iiagent.domain.integrations;

import java.util.regex.Pattern;

/**
 * One repository named by the model or the user: an owner (user or organisation login) and a name, as
 * GitHub allows them, checked before they are put into any URL.
 */
public record GitHubRepositoryRef(String owner, String name) {

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public GitHubRepositoryRef {
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw ConnectorErrors.invalid("owner must be a GitHub user or organisation login, got '" + owner + "'");
        }
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw ConnectorErrors.invalid("repo must be a GitHub repository name, got '" + name + "'");
        }
    }

    /** Checks a path inside the repository: relative, no {@code .}/{@code ..} segments, no backslash or NUL. */
    public static String requirePath(String path) {
        String value = path == null ? "" : path.strip();
        while (value.startsWith("/")) {
            value = value.substring(1);
        }
        boolean refused = value.length() > 1024 || value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0
                || value.contains("//");
        for (String segment : value.split("/", -1)) {
            refused |= segment.equals("..") || segment.equals(".");
        }
        if (refused) {
            throw ConnectorErrors.invalid("path must be a plain path inside the repository, got '" + path + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** Checks a branch, tag or commit name (git's ref rules, simplified): no spaces, {@code ..}, or control characters. */
    public static String requireRef(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String value = ref.strip();
        if (value.length() > 255 || value.contains("..") || !value.matches("[A-Za-z0-9._/+-]+") || value.startsWith("/")
                || value.endsWith("/") || value.endsWith(".lock")) {
            throw ConnectorErrors.invalid("branch must be a git branch, tag or commit name, got '" + ref + "'");
        }
        return value;
    }
}
