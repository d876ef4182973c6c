package ai.iiagent.adapter.llm.routing;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses to call a user's model endpoint that resolves to this machine or a private network
 * (loopback, private, link-local incl. cloud metadata, CGNAT, unique-local, any, multicast), checked
 * on every call after DNS resolution, so a name pointing inside is caught too. A remaining gap: the
 * HTTP client resolves again when it connects (DNS rebinding between the two lookups).
 */
public final class UserEndpointGuard {

    static final ErrorCode REFUSED = ErrorCode.of("private_base_url_refused");

    private final boolean allowPrivate;

    public UserEndpointGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public void check(String baseUrl) {
        if (allowPrivate || baseUrl == null) {
            return;
        }
        String host = URI.create(baseUrl).getHost();
        if (host == null) {
            throw new ValidationException(REFUSED, "the model endpoint has no plain host name or address, so it is refused");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    throw new ValidationException(REFUSED, "the model endpoint " + host
                            + " resolves to a private or local address, which is refused");
                }
            }
        } catch (UnknownHostException e) {
            throw new ValidationException(ErrorCode.of("unknown_model_host"), "the model endpoint host " + host
                    + " does not resolve");
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 192 && second == 0;
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique-local fc00::/7
        }
        return false;
    }
}
