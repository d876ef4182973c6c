package ai.iiagent.adapter.net;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * GET with the {@link SsrfGuard} on every hop: redirects are followed here (never by the library),
 * each new location is checked before it is requested, and the connection goes to exactly the
 * addresses the guard approved for that host in this fetch (a resolver that knows nothing else),
 * so a DNS answer that changes between check and connect is never used. No proxy, no cookies, no
 * stored credentials. The body is read up to the size limit and the whole fetch stops at the time limit.
 */
public final class GuardedHttpClient {

    private static final int[] REDIRECTS = {301, 302, 303, 307, 308};
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("web-fetch-deadlines").factory());

    private final SsrfGuard guard;
    private final FetchLimits limits;
    private final Lookup<TlsSocketStrategy> tls = RegistryBuilder.<TlsSocketStrategy>create()
            .register("https", DefaultClientTlsStrategy.createDefault()).build();

    public GuardedHttpClient(SsrfGuard guard, FetchLimits limits) {
        this.guard = guard;
        this.limits = limits;
    }

    /**
     * Fetches {@code url}. Throws {@link DestinationRefusedException} when it or any redirect is
     * refused, {@link UnknownHostException} when a host does not resolve, {@link SocketTimeoutException}
     * past the time limit and {@link ProtocolException} on too many or broken redirects.
     */
    public GuardedResponse get(String url, Map<String, String> headers) throws IOException {
        return get(url, headers, Set.of());
    }

    /**
     * As {@link #get(String, Map)}, but the headers named in {@code originBound} (credentials, such
     * as a provider's API key) are sent only to the first URL's origin (scheme, host and port): once a
     * redirect leaves it they are dropped for that hop and every later one, so a key never follows a
     * redirect to a storage host.
     */
    public GuardedResponse get(String url, Map<String, String> headers, Set<String> originBound) throws IOException {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Map<String, InetAddress[]> approved = new ConcurrentHashMap<>();
        List<URI> hops = new ArrayList<>();
        CheckedDestination destination = guard.check(url);
        URI origin = destination.uri();
        boolean leftOrigin = false;
        CloseableHttpClient client = client(approved);
        try {
            while (true) {
                approved.put(key(destination.host()), destination.addresses().toArray(InetAddress[]::new));
                HttpGet get = new HttpGet(destination.uri());
                leftOrigin = leftOrigin || !sameOrigin(origin, destination.uri());
                boolean credentials = !leftOrigin;
                headers.forEach((name, value) -> {
                    if (credentials || !originBound.contains(name)) {
                        get.setHeader(name, value);
                    }
                });
                get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofNanoseconds(left(deadline))).build());
                // A hard stop: a server dribbling bytes within every read timeout still ends at the deadline.
                ScheduledFuture<?> abort = DEADLINES.schedule(get::cancel, left(deadline), TimeUnit.NANOSECONDS);
                ClassicHttpResponse response = null;
                try {
                    response = client.executeOpen(null, get, null);
                    int status = response.getCode();
                    Header location = response.getFirstHeader("Location");
                    if (Arrays.stream(REDIRECTS).noneMatch(code -> code == status) || location == null) {
                        return read(destination.uri(), hops, response, get, deadline);
                    }
                    get.cancel(); // the redirect's own body is not wanted
                    if (hops.size() >= limits.maxRedirects()) {
                        throw new ProtocolException("more than " + limits.maxRedirects() + " redirects");
                    }
                    URI next = next(destination.uri(), location.getValue());
                    hops.add(destination.uri());
                    destination = checkRedirect(next, destination.uri());
                } catch (IOException e) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw new SocketTimeoutException("no complete answer within " + seconds(limits.totalTimeout()));
                    }
                    throw e;
                } finally {
                    abort.cancel(false);
                    if (response != null) {
                        closeQuietly(response);
                    }
                }
            }
        } finally {
            client.close(CloseMode.IMMEDIATE); // one client per fetch: nothing to keep alive
        }
    }

    private CheckedDestination checkRedirect(URI next, URI from) throws UnknownHostException {
        try {
            return guard.check(next);
        } catch (DestinationRefusedException e) {
            throw new DestinationRefusedException(next.toString(), "redirected there from " + from + "; " + e.reason());
        }
    }

    private GuardedResponse read(URI uri, List<URI> hops, ClassicHttpResponse response, HttpGet get, long deadline)
            throws IOException {
        HttpEntity entity = response.getEntity();
        String contentType = response.getFirstHeader("Content-Type") == null ? ""
                : response.getFirstHeader("Content-Type").getValue();
        if (entity == null) {
            return new GuardedResponse(uri, hops, response.getCode(), contentType, new byte[0], false);
        }
        byte[] buffer = new byte[(int) Math.min(limits.maxBodyBytes() + 1, 64 * 1024)];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean truncated = false;
        InputStream in = entity.getContent();
        try {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limits.maxBodyBytes() + 1 - body.size()))) > 0) {
                body.write(buffer, 0, read);
                if (body.size() > limits.maxBodyBytes()) {
                    truncated = true;
                    get.cancel(); // stop the download instead of draining it
                    break;
                }
                left(deadline);
            }
        } finally {
            closeQuietly(in);
        }
        byte[] bytes = body.toByteArray();
        return new GuardedResponse(uri, hops, response.getCode(), contentType,
                truncated ? Arrays.copyOf(bytes, (int) limits.maxBodyBytes()) : bytes, truncated);
    }

    private long left(long deadline) throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("no complete answer within " + seconds(limits.totalTimeout()));
        }
        return left;
    }

    private static URI next(URI current, String location) throws ProtocolException {
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ProtocolException("the server redirected to an invalid location: " + location);
        }
    }

    private CloseableHttpClient client(Map<String, InetAddress[]> approved) {
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = approved.get(key(host));
                if (addresses == null) {
                    throw new UnknownHostException(host + " was not checked by the SSRF guard");
                }
                return addresses.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        BasicHttpClientConnectionManager connections = BasicHttpClientConnectionManager.create(
                DefaultSchemePortResolver.INSTANCE, pinned, tls, ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setMaxHeaderCount(200).setMaxLineLength(32 * 1024).build())
                        .build());
        connections.setConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                .setSocketTimeout(Timeout.of(limits.totalTimeout())).build());
        return HttpClients.custom().setConnectionManager(connections).disableRedirectHandling()
                .disableCookieManagement().disableAuthCaching().disableAutomaticRetries()
                .setUserAgent(limits.userAgent()).build();
    }

    // Closing an aborted exchange fails by design (the socket is gone); there is nothing left to release.
    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed by the abort
        }
    }

    private static boolean sameOrigin(URI first, URI next) {
        return first.getScheme().equalsIgnoreCase(next.getScheme()) && first.getHost().equalsIgnoreCase(next.getHost())
                && port(first) == port(next);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String key(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
