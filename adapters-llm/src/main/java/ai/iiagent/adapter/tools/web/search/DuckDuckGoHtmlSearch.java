package ai.iiagent.adapter.tools.web.search;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.web.ImageSearchQuery;
import ai.iiagent.port.out.web.ImageSearchResults;
import ai.iiagent.port.out.web.WebSearchHit;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.port.out.web.WebSearchQuery;
import ai.iiagent.port.out.web.WebSearchResults;
import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * DuckDuckGo's JavaScript-free results page: a form POST of {@code q} to {@code /html/}, parsed
 * with jsoup ({@code .result} blocks, {@code a.result__a} title and link, {@code .result__snippet}).
 * Links that go through DuckDuckGo's redirector ({@code //duckduckgo.com/l/?uddg=…}) are unwrapped,
 * ads ({@code .result--ad}) skipped. Free and keyless, but DuckDuckGo rate-limits automated use and
 * then answers with a challenge page instead of results, which is reported as such. No image search
 * (DuckDuckGo has no keyless image API).
 */
public final class DuckDuckGoHtmlSearch implements WebSearchPaidToolPort {

    private final String baseUrl;
    private final Credits pricePerCall;
    private final ProviderHttp http;

    public DuckDuckGoHtmlSearch(String baseUrl, Duration timeout, Credits pricePerCall) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.pricePerCall = pricePerCall;
        this.http = new ProviderHttp("DuckDuckGo", timeout);
    }

    @Override
    public String provider() {
        return "duckduckgo";
    }

    @Override
    public boolean supportsImages() {
        return false;
    }

    @Override
    public WebSearchResults search(WebSearchQuery query, CreditReservation reservation) {
        String form = "q=" + URLEncoder.encode(query.query(), StandardCharsets.UTF_8) + "&b=&kl=wt-wt";
        HttpRequest request = http.request(URI.create(baseUrl + "/html/"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("User-Agent", "Mozilla/5.0 (compatible; ii-agent-jvm)")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        ProviderHttp.Answer answer = http.send(request, (status, error) -> "");
        Document page = Jsoup.parse(answer.body(), baseUrl + "/html/");
        if (page.selectFirst(".anomaly-modal, #challenge-form, .challenge-form") != null) {
            throw new WebToolFailedException(Kind.HTTP_ERROR, "DuckDuckGo answered HTTP " + answer.status() + " with a bot"
                    + " challenge instead of results (it limits automated searches); try again later or configure"
                    + " another provider");
        }
        List<WebSearchHit> hits = new ArrayList<>();
        for (Element result : page.select("div.result:not(.result--ad)")) {
            Element link = result.selectFirst("a.result__a");
            if (link == null || hits.size() >= query.maxResults()) {
                continue;
            }
            String url = unwrap(link.attr("href"));
            if (url.startsWith("http://") || url.startsWith("https://")) {
                Element snippet = result.selectFirst(".result__snippet");
                hits.add(new WebSearchHit(link.text().strip(), url, snippet == null ? "" : snippet.text().strip()));
            }
        }
        return new WebSearchResults(provider(), query.query(), hits, pricePerCall);
    }

    @Override
    public ImageSearchResults searchImages(ImageSearchQuery query, CreditReservation reservation) {
        throw new WebToolFailedException(Kind.UNSUPPORTED, "image search is not available with DuckDuckGo");
    }

    /** {@code //duckduckgo.com/l/?uddg=https%3A%2F%2Fexample.com%2F&rut=…} → {@code https://example.com/}. */
    static String unwrap(String href) {
        int start = href.indexOf("uddg=");
        if (!href.contains("duckduckgo.com/l/") || start < 0) {
            return href.startsWith("//") ? "https:" + href : href;
        }
        int end = href.indexOf('&', start);
        String encoded = href.substring(start + 5, end < 0 ? href.length() : end);
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
