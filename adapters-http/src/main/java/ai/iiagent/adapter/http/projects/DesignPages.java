package ai.iiagent.adapter.http.projects;

import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The design iframe's page: fetched from the project's server through the preview relay, made inert
 * (scripts, event handlers, {@code javascript:} URLs and frames removed; the project's own stylesheets
 * inlined, since the iframe cannot reach the preview origin) and served under a Content-Security-Policy
 * that runs no script, loads nothing but images, styles and fonts over https or data, and sandboxes the
 * page so it can neither navigate, submit forms nor open windows. {@code allow-same-origin} stays so the
 * app's own design UI can read the picked element's DOM; no script of the page ever runs.
 */
final class DesignPages {

    static final String DESIGN_CSP = "default-src 'none'; img-src data: blob: https:; media-src data: blob: https:;"
            + " style-src 'unsafe-inline' https:; font-src data: https:; script-src 'none'; connect-src 'none';"
            + " frame-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox allow-same-origin";
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,2000}");
    private static final int MAX_PAGE = 2 * 1024 * 1024;
    private static final int MAX_STYLESHEET = 512 * 1024;
    private static final int MAX_STYLESHEETS = 20;
    private static final Pattern STYLE_END = Pattern.compile("(?i)</style");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The page at {@code path} of the server behind {@code relay}, made inert, as the proxy's answer. */
    Response page(InetSocketAddress relay, String path) {
        String wanted = path == null || path.isBlank() ? "/" : path.strip();
        if (!PATH.matcher(wanted).matches() || wanted.startsWith("//")) {
            throw new ValidationException(ProjectErrors.INVALID_DESIGN_STATE,
                    "path is an absolute path on the project's server, e.g. / or /about.html");
        }
        URI base = URI.create("http://" + relay.getHostString() + ":" + relay.getPort() + "/");
        URI pageUri = base.resolve(wanted);
        Document document = Jsoup.parse(text(pageUri, MAX_PAGE, true), pageUri.toString());
        // The page's own <base> must not steer which stylesheets are fetched through the relay.
        document.select("base").remove();
        document.setBaseUri(pageUri.toString());
        inlineStylesheets(document, base);
        document.select("script, noscript, iframe, frame, frameset, object, embed, applet, base, form, meta[http-equiv],"
                + " link:not([rel~=(?i)stylesheet])")
                .remove();
        for (Element element : document.getAllElements()) {
            element.attributes().asList().stream().filter(attribute -> unsafe(attribute.getKey(), attribute.getValue()))
                    .map(attribute -> attribute.getKey()).toList().forEach(element::removeAttr);
        }
        return Response.ok(document.outerHtml(), "text/html; charset=utf-8").header("Content-Security-Policy", DESIGN_CSP)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store").header("Cross-Origin-Resource-Policy", "same-origin").build();
    }

    private void inlineStylesheets(Document document, URI base) {
        int inlined = 0;
        for (Element link : document.select("link[rel~=(?i)stylesheet][href]")) {
            String href = link.absUrl("href");
            URI target = href.isEmpty() ? null : URI.create(href);
            // Only the project's own stylesheets, through the same relay; https ones load under the CSP as they are.
            if (target != null && inlined < MAX_STYLESHEETS && "http".equals(target.getScheme())
                    && base.getAuthority().equals(target.getAuthority())) {
                String css = STYLE_END.matcher(text(target, MAX_STYLESHEET, false)).replaceAll("<\\\\/style");
                link.replaceWith(new Element("style").appendChild(new DataNode(css)));
                inlined++;
            } else if (target == null || !"https".equals(target.getScheme())) {
                link.remove();
            }
        }
    }

    private static boolean unsafe(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        String compact = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        return lower.startsWith("on") || lower.equals("srcdoc") || lower.equals("formaction")
                || compact.startsWith("javascript:") || compact.startsWith("vbscript:")
                || (compact.startsWith("data:") && !compact.startsWith("data:image/") && !lower.equals("style"));
    }

    private String text(URI uri, int max, boolean page) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unavailable("the project's server did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
        try (InputStream body = response.body()) {
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (response.statusCode() != 200 || (page && !type.startsWith("text/html"))) {
                throw unavailable("the project's server answered " + response.statusCode() + " " + type
                        + (page ? " (design mode needs an HTML page)" : ""));
            }
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw unavailable("the page or stylesheet is larger than " + max / 1024 + " KiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unavailable("the project's server broke off: " + e.getMessage());
        }
    }

    private static UpstreamFailureException unavailable(String message) {
        return new UpstreamFailureException(ProjectErrors.DESIGN_PAGE_UNAVAILABLE, message);
    }
}
