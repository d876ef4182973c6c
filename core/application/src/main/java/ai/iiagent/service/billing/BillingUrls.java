package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingErrors;
import java.net.URI;
import java.util.Objects;

/**
 * Where the provider sends users back: the configured success, cancel and portal-return URLs, or
 * a caller's {@code returnUrl} (absolute http/https only) with {@code checkout=success|cancelled} appended.
 */
public record BillingUrls(String successUrl, String cancelUrl, String portalReturnUrl) {

    public BillingUrls {
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(portalReturnUrl, "portalReturnUrl");
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

    private static String validated(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw BillingErrors.invalidReturnUrl(url);
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
