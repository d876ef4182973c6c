package ai.iiagent.adapter.llm.routing;

import ai.iiagent.adapter.net.DestinationRefusedException;
import ai.iiagent.adapter.net.InternalAddresses;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses to call a user's model endpoint that resolves to this machine or a private network,
 * checked on every call after DNS resolution by the shared {@link SsrfGuard} (its address rules and
 * odd-spelling checks), so a name pointing inside is caught too. A remaining gap: the JDK HTTP
 * client of the model adapters resolves again when it connects (DNS rebinding between the two
 * lookups); web_visit's {@code GuardedHttpClient} does not have that gap.
 */
public final class UserEndpointGuard {

    static final ErrorCode REFUSED = ErrorCode.of("private_base_url_refused");

    private final boolean allowPrivate;
    private final SsrfGuard guard = SsrfGuard.strict();

    public UserEndpointGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public void check(String baseUrl) {
        if (allowPrivate || baseUrl == null) {
            return;
        }
        URI uri = URI.create(baseUrl);
        String host = uri.getHost();
        try {
            guard.check(uri);
        } catch (DestinationRefusedException e) {
            throw new ValidationException(REFUSED, "the model endpoint " + (host == null ? baseUrl : host)
                    + " is refused: " + e.reason());
        } catch (UnknownHostException e) {
            throw new ValidationException(ErrorCode.of("unknown_model_host"), "the model endpoint host " + host
                    + " does not resolve");
        }
    }

    static boolean isInternal(InetAddress address) {
        return InternalAddresses.isInternal(address);
    }
}
