package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingErrors;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where the provider sends users back: the configured success, cancel and portal-return URLs, or
 * a caller's {@code returnUrl} with {@code checkout=success|cancelled} appended. A caller's URL must be
 * absolute http(s) on an allowed origin (those of the configured URLs plus {@code extraOrigins}), so a
 * checkout link cannot be made to send a paying user to someone else's site.
 */
public record BillingUrls(String successUrl, String cancelUrl, String portalReturnUrl, Set<String> allowedOrigins) {

    public BillingUrls {
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(portalReturnUrl, "portalReturnUrl");
        Set<String> origins = new HashSet<>();
        for (String configured : Set.of(successUrl, cancelUrl, portalReturnUrl)) {
            origins.add(originOf(URI.create(configured)));
        }
        for (String extra : allowedOrigins == null ? Set.<String>of() : allowedOrigins) {
            origins.add(originOf(URI.create(extra.strip())));
        }
        allowedOrigins = Set.copyOf(origins);
    }

    public BillingUrls(String successUrl, String cancelUrl, String portalReturnUrl) {
        this(successUrl, cancelUrl, portalReturnUrl, Set.of());
    }

    public String success(String returnUrl) {
        return returnUrl == null ? successUrl : withParameter(validated(returnUrl), "checkout=success");
    }

    public String cancel(String returnUrl) {
        return returnUrl == null ? cancelUrl : withParameter(validated(returnUrl), "checkout=cancelled");
    }

    public String portalReturn(String returnUrl) {
        return returnUrl == null ? portalReturnUrl : validated(returnUrl);
    }

    private String validated(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && allowedOrigins.contains(originOf(uri))) {
                return url;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw BillingErrors.invalidReturnUrl(url);
    }

    /** scheme://host[:port], lower-cased, default ports dropped. */
    static String originOf(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
