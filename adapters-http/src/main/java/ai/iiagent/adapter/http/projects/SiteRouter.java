package ai.iiagent.adapter.http.projects;

import ai.iiagent.adapter.http.shared.ProblemDetail;
import ai.iiagent.adapter.http.shared.RequestIds;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.projects.SiteOrigin;
import ai.iiagent.port.in.projects.RouteSiteUseCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Serves deployed sites from the app's own HTTP port (docs/projects.md "Deploy"): requests whose
 * Host is {@code <subdomain>.<APP_BASE_DOMAIN>}, or whose path is {@code /sites/<subdomain>/…},
 * go to the live site of the project holding that subdomain — its files, or its supervised server
 * through the relay into its sandbox — before any of the app's own routes. Public: a deployed site
 * is for everyone. Under the {@code /sites/} path a site would share the app's origin, so its
 * pages get {@code Content-Security-Policy: sandbox} (an opaque origin: no access to the app's
 * storage or cookies, its API answers unreadable) and the app's cookies never reach its server.
 * Nothing here ever connects anywhere but to an address the site port answered, or to the node
 * recorded as serving the site (another node of the app, docs/operations.md "Scale-out"), once.
 */
@ApplicationScoped
public class SiteRouter {

    // After the request id and the body size check, before the REST routes and the web client.
    private static final int ORDER = Integer.MIN_VALUE + 150;
    private static final String PREFIX = SiteAddresses.PATH_PREFIX;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");
    /** Marks a site request one node passed to another (docs/operations.md "Scale-out"). */
    static final String NODE_HOP = "X-IIAgent-Site-Hop";
    private static final String SANDBOX_CSP = "sandbox allow-scripts allow-forms allow-popups allow-modals"
            + " allow-downloads";

    private final Provider<RouteSiteUseCase> sites;
    private final ObjectMapper json;
    private volatile HttpClient client;
    private volatile SiteUpgradeTunnel tunnel;

    SiteRouter(Provider<RouteSiteUseCase> sites, ObjectMapper json) {
        this.sites = sites;
        this.json = json;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64)
                .setConnectTimeout(5_000).setIdleTimeout(30));
        tunnel = new SiteUpgradeTunnel(vertx);
        router.route().order(ORDER).handler(this::route);
    }

    private record Target(String subdomain, String path, boolean underPath) {
    }

    private void route(RoutingContext context) {
        HttpServerRequest request = context.request();
        Optional<Target> target = target(request);
        if (target.isEmpty()) {
            context.next();
            return;
        }
        Target site = target.get();
        if (site.path() == null) {
            context.response().setStatusCode(308).putHeader("Location", PREFIX + site.subdomain() + "/").end();
            return;
        }
        request.pause();
        context.vertx().executeBlocking(() -> sites.get().route(site.subdomain()), false).onComplete(found -> {
            if (found.failed() || found.result().isEmpty()) {
                request.resume();
                notFound(context);
                return;
            }
            SiteOrigin origin = found.result().get();
            switch (origin) {
                case SiteOrigin.Files files -> {
                    request.resume();
                    serveFile(context, files.root(), site);
                }
                case SiteOrigin.Server server -> forward(context, server, site);
                case SiteOrigin.Node node -> toNode(context, node);
            }
        });
    }

    private Optional<Target> target(HttpServerRequest request) {
        Optional<String> base = sites.get().baseDomain();
        if (base.isPresent()) {
            String host = request.getHeader("Host");
            Optional<String> label = new SiteAddresses(base.get(), "http", 0, "").subdomainOfHost(host);
            if (label.isPresent()) {
                return Optional.of(new Target(label.get(), request.path(), false));
            }
        }
        String path = request.path();
        if (path == null || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (slash < 0) {
            return Optional.of(new Target(rest, null, true));
        }
        return Optional.of(new Target(rest.substring(0, slash), rest.substring(slash), true));
    }

    private void serveFile(RoutingContext context, Path root, Target site) {
        HttpServerResponse response = context.response();
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            response.setStatusCode(405).putHeader("Allow", "GET, HEAD").end();
            return;
        }
        Optional<Path> file = resolve(root, site.path());
        if (file.isEmpty()) {
            notFound(context);
            return;
        }
        String type = MimeMapping.getMimeTypeForFilename(file.get().getFileName().toString());
        response.putHeader("Content-Type", type == null ? "application/octet-stream" : withCharset(type))
                .putHeader("X-Content-Type-Options", "nosniff").putHeader("Cache-Control", "no-cache");
        if (site.underPath()) {
            response.putHeader("Content-Security-Policy", SANDBOX_CSP);
        }
        if (method == HttpMethod.HEAD) {
            response.end();
        } else {
            response.sendFile(file.get().toString());
        }
    }

    // A path under the root, never through a link that leaves it; a directory means its index.html.
    static Optional<Path> resolve(Path root, String rawPath) {
        String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(decoded.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        try {
            if (Files.isDirectory(candidate)) {
                candidate = candidate.resolve("index.html");
            }
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) && !candidate.getFileName().toString().contains(".")) {
                candidate = root.resolve("index.html"); // a client-side route of a single-page app
            }
            if (!Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void forward(RoutingContext context, SiteOrigin.Server server, Target site) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (site.underPath() && request.method() == HttpMethod.OPTIONS
                && request.getHeader("Access-Control-Request-Method") != null) {
            request.resume();
            response.setStatusCode(204).putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", "content-type").putHeader("Access-Control-Max-Age", "600")
                    .end();
            return;
        }
        String query = request.query();
        String uri = site.path() + (query == null ? "" : "?" + query);
        RequestOptions options = new RequestOptions().setHost("127.0.0.1").setPort(server.address().getPort())
                .setMethod(request.method()).setURI(uri);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !(site.underPath() && (name.equals("cookie")
                    || name.equals("authorization")))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        headers.set("Host", Optional.ofNullable(request.getHeader("Host")).orElse("localhost"));
        headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        headers.set("X-Forwarded-Prefix", site.underPath() ? PREFIX + site.subdomain() : "");
        if (SiteUpgradeTunnel.isWebSocketUpgrade(request)) {
            tunnel.open(request, "127.0.0.1", server.address().getPort(), uri, headers, site.underPath(), detail ->
                    problem(context, 502, "Bad gateway", DeploymentErrors.DEPLOY_FAILED.value(), detail));
            return;
        }
        options.setHeaders(headers);
        client.request(options).compose(outgoing -> outgoing.send(request)).onComplete(answer -> {
            if (answer.failed()) {
                if (!response.ended()) {
                    problem(context, 502, "Bad gateway", DeploymentErrors.DEPLOY_FAILED.value(),
                            "the site's server did not answer");
                }
                return;
            }
            var upstream = answer.result();
            response.setStatusCode(upstream.statusCode());
            upstream.headers().forEach(header -> {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (!HOP_BY_HOP.contains(name) && !(site.underPath() && name.equals("set-cookie"))) {
                    response.headers().add(header.getKey(), header.getValue());
                }
            });
            if (site.underPath()) {
                response.putHeader("Content-Security-Policy", SANDBOX_CSP).putHeader("Access-Control-Allow-Origin", "*");
            }
            upstream.pipeTo(response);
        });
    }

    // The site lives on another node: the request goes there as it came (same Host, path and headers),
    // marked so that the node serves it from its own copy or answers 404, never passing it on again.
    private void toNode(RoutingContext context, SiteOrigin.Node node) {
        HttpServerRequest request = context.request();
        if (request.getHeader(NODE_HOP) != null) {
            request.resume();
            notFound(context);
            return;
        }
        URI base = node.node();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        headers.set("Host", Optional.ofNullable(request.getHeader("Host")).orElse("localhost"));
        headers.set(NODE_HOP, "1");
        if (SiteUpgradeTunnel.isWebSocketUpgrade(request) && !tls) {
            tunnel.open(request, base.getHost(), port, request.uri(), headers, false, detail ->
                    problem(context, 502, "Bad gateway", DeploymentErrors.DEPLOY_FAILED.value(),
                            "the node serving the site did not answer"));
            return;
        }
        RequestOptions options = new RequestOptions().setHost(base.getHost()).setPort(port).setSsl(tls)
                .setMethod(request.method()).setURI(request.uri()).setHeaders(headers);
        client.request(options).compose(outgoing -> outgoing.send(request)).onComplete(answer -> {
            if (answer.failed()) {
                if (!context.response().ended()) {
                    problem(context, 502, "Bad gateway", DeploymentErrors.DEPLOY_FAILED.value(),
                            "the node serving the site did not answer");
                }
                return;
            }
            var upstream = answer.result();
            HttpServerResponse response = context.response().setStatusCode(upstream.statusCode());
            upstream.headers().forEach(header -> {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    response.headers().add(header.getKey(), header.getValue());
                }
            });
            if (upstream.getHeader("Content-Length") == null && upstream.statusCode() != 204
                    && upstream.statusCode() != 304) {
                response.setChunked(true); // the node streamed it: pass it on the same way
            }
            upstream.pipeTo(response);
        });
    }

    private static String withCharset(String type) {
        return type.startsWith("text/") || type.equals("application/javascript") || type.equals("application/json")
                ? type + "; charset=utf-8" : type;
    }

    private void notFound(RoutingContext context) {
        problem(context, 404, "Not found", DeploymentErrors.SITE_NOT_FOUND.value(), "no site is deployed here");
    }

    private void problem(RoutingContext context, int status, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.of(status, title, code, detail, context.request().path(),
                RequestIds.of(context));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        context.response().setStatusCode(status).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE).end(body);
    }
}
