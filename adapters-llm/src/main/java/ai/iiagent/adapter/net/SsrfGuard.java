package ai.iiagent.adapter.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the server may call a URL on someone else's behalf (a page the agent visits, a
 * user's MCP server or model endpoint): only http and https, no credentials in the URL, and every
 * address the host resolves to must be public ({@link InternalAddresses}). Numeric hosts are read as
 * {@code inet_aton} reads them and any spelling other than plain dotted decimal is refused, so
 * {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 2130706433} and {@code 127.1} cannot slip past.
 * "localhost" and "*.localhost" are refused by name. Callers connect to
 * {@link CheckedDestination#addresses()} (see {@link GuardedHttpClient}) so a second DNS answer
 * cannot swap in another address, and they check again on every redirect.
 *
 * <p>{@code allowedInternal} lists exact {@code address:port} pairs that may be called although
 * internal: empty in production unless the operator sets it; tests use it to reach a local WireMock.
 */
public final class SsrfGuard {

    private final HostResolver resolver;
    private final Set<String> allowedInternal;

    public SsrfGuard(HostResolver resolver, Collection<String> allowedInternal) {
        this.resolver = resolver;
        this.allowedInternal = Set.copyOf(allowedInternal.stream().map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .filter(entry -> !entry.isEmpty()).toList());
    }

    /** The system resolver, no exceptions: what production uses. */
    public static SsrfGuard strict() {
        return new SsrfGuard(HostResolver.SYSTEM, Set.of());
    }

    /** Parses and checks a URL given as text (by a model or a user). */
    public CheckedDestination check(String url) throws UnknownHostException {
        if (url == null || url.isBlank()) {
            throw new DestinationRefusedException("\"\"", "no URL given");
        }
        String shown = url.strip().length() > 200 ? url.strip().substring(0, 200) + "…" : url.strip();
        try {
            return check(new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new DestinationRefusedException(shown, "not a valid URL (" + e.getReason() + ")");
        }
    }

    public CheckedDestination check(URI uri) throws UnknownHostException {
        String shown = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DestinationRefusedException(shown, scheme.isEmpty() ? "only absolute http(s) URLs are fetched"
                    : "only http and https are fetched, not " + scheme);
        }
        if (uri.getRawUserInfo() != null) {
            throw new DestinationRefusedException(shown, "URLs with credentials (user@host) are not fetched");
        }
        String host = normalised(uri.getHost());
        if (host == null) {
            throw new DestinationRefusedException(shown, unparsedHostReason(uri));
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        List<InetAddress> addresses = addressesOf(shown, host);
        for (InetAddress address : addresses) {
            Optional<String> reason = InternalAddresses.reasonFor(address);
            if (reason.isPresent() && !allowedInternal.contains(address.getHostAddress() + ":" + port)) {
                throw new DestinationRefusedException(shown, (address.getHostAddress().equals(host) ? host
                        : host + " resolves to " + address.getHostAddress() + ", which") + " is " + reason.get()
                        + "; only public internet addresses are fetched");
            }
        }
        return new CheckedDestination(uri, host, port, addresses);
    }

    /** For an HTTP client's resolver: the checked addresses of {@code host} at {@code port}. */
    public List<InetAddress> resolveChecked(String host, int port, String scheme) throws UnknownHostException {
        return check(URI.create(scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + ":" + port + "/")).addresses();
    }

    private List<InetAddress> addressesOf(String shown, String host) throws UnknownHostException {
        if (host.startsWith("[")) {
            String literal = host.substring(1, host.length() - 1);
            if (literal.contains("%")) {
                throw new DestinationRefusedException(shown, "IPv6 zone ids are not fetched");
            }
            return List.of(InetAddress.getByName(literal)); // a literal: parsed, never looked up
        }
        Optional<Inet4Address> numeric = Ipv4Spelling.parse(host);
        if (numeric.isPresent()) {
            if (!Ipv4Spelling.isCanonical(host)) {
                String meaning = numeric.get().getHostAddress();
                throw new DestinationRefusedException(shown, host + " is an unusual spelling of " + meaning
                        + InternalAddresses.reasonFor(numeric.get()).map(reason -> " (" + reason + ")").orElse("")
                        + "; write addresses as plain dotted decimal");
            }
            return List.of(numeric.get());
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals("localhost.")
                || host.endsWith(".localhost.")) {
            throw new DestinationRefusedException(shown, host + " is this machine (loopback)");
        }
        List<InetAddress> resolved = new ArrayList<>(resolver.resolve(host));
        if (resolved.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return resolved;
    }

    /** java.net.URI leaves spellings like {@code 127.1} without a host; say what they mean all the same. */
    private static String unparsedHostReason(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority != null && authority.contains("@")) {
            return "URLs with credentials (user@host) are not fetched";
        }
        String host = authority == null ? "" : authority.replaceFirst(":[0-9]*$", "").toLowerCase(Locale.ROOT);
        return Ipv4Spelling.parse(host).map(address -> host + " is an unusual spelling of " + address.getHostAddress()
                + InternalAddresses.reasonFor(address).map(reason -> " (" + reason + ")").orElse("")
                + "; write addresses as plain dotted decimal")
                .orElse("the URL has no plain host name or address");
    }

    private static String normalised(String host) {
        return host == null || host.isBlank() ? null : host.toLowerCase(Locale.ROOT);
    }
}
