package ai.iiagent.domain.projects;

import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules for the subdomains projects may claim (docs/projects.md "Subdomains"): one DNS label of
 * 3-63 lower-case letters, digits and dashes, neither starting nor ending with a dash, no IDN
 * ({@code xn--}) or other {@code ??--} prefix; not a reserved name, and not a look-alike of one
 * ({@code adm1n}, {@code log-in}, {@code rnail} for {@code mail}): names are compared by a skeleton
 * in which look-alike characters are folded together and dashes dropped. Names containing the
 * product's own name are reserved too.
 */
public final class SubdomainNames {

    /** Names the platform keeps for itself. */
    public static final List<String> RESERVED = List.of("www", "api", "app", "apps", "admin", "administrator", "mail",
            "email", "webmail", "smtp", "imap", "pop", "pop3", "ftp", "sftp", "ns", "ns1", "ns2", "ns3", "dns", "mx",
            "static", "assets", "cdn", "media", "files", "docs", "blog", "status", "help", "support", "dashboard",
            "console", "auth", "login", "logout", "signin", "signup", "register", "account", "accounts", "billing", "pay",
            "payment", "payments", "checkout", "secure", "security", "internal", "dev", "staging", "stage", "test", "prod",
            "production", "preview", "previews", "sites", "site", "ws", "wss", "socket", "grpc", "root", "system", "sys",
            "localhost", "agent", "mcp", "vpn", "git", "github", "gitlab", "google", "oauth", "sso", "id", "identity",
            "cpanel", "whm", "autodiscover", "autoconfig", "portal", "cloud", "health", "metrics", "monitor", "grafana",
            "webhook", "webhooks", "callback", "sandbox", "sandboxes", "deploy", "deployments", "project", "projects",
            "subdomains", "official", "verify", "verification", "password", "reset", "update", "updates", "download",
            "downloads", "store", "shop-admin", "abuse", "postmaster", "hostmaster", "webmaster", "noreply", "no-reply");

    /** The product's names: any subdomain holding one of them is reserved. */
    private static final List<String> BRAND = List.of("iiagent", "llagent");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]");
    private static final Set<String> RESERVED_SKELETONS = RESERVED.stream().map(SubdomainNames::skeleton)
            .collect(Collectors.toUnmodifiableSet());

    private SubdomainNames() {
    }

    /**
     * The name as it is stored (lower-cased, trimmed) when it may be claimed.
     *
     * @throws ValidationException {@link DeploymentErrors#INVALID_SUBDOMAIN} for a name that is not such a
     *         DNS label, {@link DeploymentErrors#SUBDOMAIN_RESERVED} for a reserved name or a look-alike
     */
    public static String require(String name) {
        String label = normalize(name);
        if (label.isEmpty() || label.length() > 63 || !LABEL.matcher(label).matches()) {
            throw new ValidationException(DeploymentErrors.INVALID_SUBDOMAIN,
                    "a subdomain is 3-63 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
        if (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
            throw new ValidationException(DeploymentErrors.INVALID_SUBDOMAIN,
                    "a subdomain cannot have '--' in its third and fourth characters (IDN and reserved prefixes)");
        }
        if (isReserved(label)) {
            throw new ValidationException(DeploymentErrors.SUBDOMAIN_RESERVED,
                    "'" + label + "' is reserved or looks like a reserved name");
        }
        return label;
    }

    /** Whether the (normalized) name is reserved or a look-alike of a reserved name. */
    public static boolean isReserved(String label) {
        String skeleton = skeleton(label);
        return RESERVED.contains(label) || RESERVED_SKELETONS.contains(skeleton)
                || BRAND.stream().anyMatch(skeleton::contains);
    }

    /** Lower-case and trimmed; null becomes empty. */
    public static String normalize(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    // Folds characters that read alike into one, and drops dashes: "adm1n", "a-dmin", "rnail" -> "admln", "mall".
    static String skeleton(String label) {
        String folded = label.replace("-", "").replace("rn", "m").replace("vv", "w").replace("cl", "d");
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1', 'i', '!' -> 'l';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8', '6' -> 'b';
                case '9' -> 'g';
                case '2' -> 'z';
                default -> c;
            });
        }
        return out.toString();
    }
}
