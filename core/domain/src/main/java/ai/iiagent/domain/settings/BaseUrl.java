package ai.iiagent.domain.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An http(s) endpoint of a model provider. Users' URLs may not name loopback, private, link-local
 * or otherwise internal hosts (the server would call them on the user's behalf), unless the
 * operator allows it. Only literal addresses and well-known internal names can be judged here; the
 * HTTP client that calls the URL must repeat the check on the resolved address.
 */
public record BaseUrl(String value) {

    static final int MAX_LENGTH = 2048;

    public BaseUrl {
        Objects.requireNonNull(value, "value");
    }

    public static BaseUrl of(String raw, boolean allowPrivateHosts) {
        URI uri = httpUri(raw, "invalid_base_url", "base_url");
        if (!allowPrivateHosts && InternalHosts.isInternal(uri.getHost())) {
            throw new SettingsValidationException("private_base_url_refused",
                    "base_url must not point at a loopback, private or link-local host: " + uri.getHost());
        }
        return new BaseUrl(raw.strip().replaceAll("/+$", ""));
    }

    /** Parses an absolute http(s) URL with a host, or throws {@code code}. */
    static URI httpUri(String raw, String code, String field) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            throw new SettingsValidationException(code, field + " must be an http(s) URL of at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new SettingsValidationException(code, field + " must be an http(s) URL with a host and no credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SettingsValidationException(code, field + " is not a valid URL: " + e.getReason());
        }
    }
}
