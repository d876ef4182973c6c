package ai.iiagent.domain.projects;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the app serves deployed sites: {@code <scheme>://<subdomain>.<baseDomain>[:port]/} when a
 * base domain is configured ({@code APP_BASE_DOMAIN}, Host-header routing), else
 * {@code <appUrl>/sites/<subdomain>/}.
 *
 * @param baseDomain null or blank when sites answer under the path
 * @param appUrl     the app's own public URL (no trailing slash)
 * @param port       the port shown in a subdomain URL, 0 for the scheme's default
 */
public record SiteAddresses(String baseDomain, String scheme, int port, String appUrl) {

    /** The path prefix of sites without a base domain. */
    public static final String PATH_PREFIX = "/sites/";

    public SiteAddresses {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(appUrl, "appUrl");
        baseDomain = baseDomain == null || baseDomain.isBlank() ? null
                : baseDomain.strip().toLowerCase(Locale.ROOT).replaceAll("^\\.+|\\.+$", "");
        appUrl = appUrl.replaceAll("/+$", "");
    }

    public Optional<String> optionalBaseDomain() {
        return Optional.ofNullable(baseDomain);
    }

    /** The URL a site claimed as {@code subdomain} answers at. */
    public String urlOf(String subdomain) {
        return template().replace("{subdomain}", subdomain);
    }

    /** A site's URL with {@code {subdomain}} for the name. */
    public String template() {
        if (baseDomain == null) {
            return appUrl + PATH_PREFIX + "{subdomain}/";
        }
        return scheme + "://{subdomain}." + baseDomain + (port > 0 ? ":" + port : "") + "/";
    }

    /**
     * The subdomain a Host header names ({@code shop.sites.example.com:8080} → {@code shop}), when it
     * is exactly one label under the base domain.
     */
    public Optional<String> subdomainOfHost(String host) {
        if (baseDomain == null || host == null) {
            return Optional.empty();
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        String suffix = "." + baseDomain;
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        String label = name.substring(0, name.length() - suffix.length());
        return label.isEmpty() || label.contains(".") ? Optional.empty() : Optional.of(label);
    }
}
