package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The agent's web tools ({@code web.*}; environment {@code WEB_SEARCH_PROVIDER}, {@code SEARXNG_BASE_URL},
 * {@code TAVILY_API_KEY}, {@code BRAVE_SEARCH_API_KEY}, {@code WEB_VISIT_*}, ...). See docs/tools-web.md.
 */
@ConfigMapping(prefix = "web")
public interface WebToolsConfig {

    /** {@code searxng}, {@code tavily}, {@code brave} or {@code duckduckgo}; unset: no web_search or image_search. */
    Optional<String> searchProvider();

    @WithDefault("10")
    int searchMaxResults();

    @WithDefault("PT15S")
    Duration searchTimeout();

    /** USD per search call; unset: the provider's default (see docs/tools-web.md). */
    Optional<BigDecimal> searchPriceUsd();

    /** The SearXNG instance, e.g. {@code http://searxng:8080} (its settings.yml must allow the json format). */
    Optional<String> searxngBaseUrl();

    Optional<String> tavilyApiKey();

    @WithDefault("https://api.tavily.com")
    String tavilyBaseUrl();

    Optional<String> braveApiKey();

    @WithDefault("https://api.search.brave.com")
    String braveBaseUrl();

    @WithDefault("https://html.duckduckgo.com")
    String duckduckgoBaseUrl();

    /** web_visit is offered unless this is false. */
    @WithDefault("true")
    boolean visitEnabled();

    /** Whole fetch, all redirects and the body included. */
    @WithDefault("PT20S")
    Duration visitTimeout();

    @WithDefault("PT5S")
    Duration visitConnectTimeout();

    /** Bytes downloaded at most; a longer page is cut there (and says so). */
    @WithDefault("5242880")
    long visitMaxBytes();

    @WithDefault("5")
    int visitMaxRedirects();

    /** Characters of a page the model reads (40,000 as in the original). */
    @WithDefault("40000")
    int visitMaxChars();

    @WithDefault("0")
    BigDecimal visitPriceUsd();

    /**
     * Exact {@code address:port} pairs web_visit may fetch although they are internal (an intranet
     * wiki, a test server). Empty by default; every other internal address stays refused.
     */
    Optional<List<String>> visitAllowedInternal();

    /** web_batch_search: queries per call at most. */
    @WithDefault("10")
    int batchMaxQueries();

    /** web_batch_search and web_visit_compress: searches or pages running at once within one call. */
    @WithDefault("4")
    int parallelism();

    /**
     * The model that extracts answers from pages (web_visit's prompt, web_visit_compress): a model id
     * the catalogue knows; a cheap one. Default: the offline demo model.
     */
    @WithDefault("offline-demo")
    String extractionModel();

    @WithDefault("2000")
    int extractionMaxOutputTokens();

    /** How long one extraction may take before the tool gives up (added to the tool's time limit). */
    @WithDefault("PT60S")
    Duration extractionTimeout();

    /** PDF pages web_visit reads at most. */
    @WithDefault("200")
    int pdfMaxPages();

    /** read_remote_image: bytes at most (larger images are refused). */
    @WithDefault("5242880")
    long imageMaxBytes();
}
