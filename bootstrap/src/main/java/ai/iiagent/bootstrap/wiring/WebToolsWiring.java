package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.HostResolver;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.tools.web.ImageSearchTool;
import ai.iiagent.adapter.tools.web.ReadRemoteImageTool;
import ai.iiagent.adapter.tools.web.WebBatchSearchTool;
import ai.iiagent.adapter.tools.web.WebSearchTool;
import ai.iiagent.adapter.tools.web.WebVisitCompressTool;
import ai.iiagent.adapter.tools.web.WebVisitTool;
import ai.iiagent.adapter.tools.web.fetch.HttpImageFetcher;
import ai.iiagent.adapter.tools.web.fetch.HttpPageFetcher;
import ai.iiagent.adapter.tools.web.search.BraveSearch;
import ai.iiagent.adapter.tools.web.search.DuckDuckGoHtmlSearch;
import ai.iiagent.adapter.tools.web.search.SearxngSearch;
import ai.iiagent.adapter.tools.web.search.TavilySearch;
import ai.iiagent.bootstrap.config.WebToolsConfig;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
import ai.iiagent.service.agents.MeteredToolParts;
import ai.iiagent.service.metering.BillableExecutor;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The web tools from {@code web.*} (docs/tools-web.md): web_search, web_batch_search and image_search
 * only when a provider is configured (a misconfigured one stops startup with what is missing);
 * web_visit (with prompt extraction and PDFs), web_visit_compress and read_remote_image unless
 * web_visit is turned off. Their billed parts (each batch query, each page, each extraction) go
 * through {@link MeteredToolParts} (BillableExecutor).
 */
@ApplicationScoped
public class WebToolsWiring {

    /** The agent tools this wiring offers, handed to the runtime by {@link AgentsWiring}. */
    public record WebTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    WebTools webTools(WebToolsConfig config, ObjectMapper json, BillableExecutor billable, ModelCatalogPort models,
                      SandboxPort sandbox, DocumentTextPort documents) {
        return webTools(config, json, new MeteredToolParts(billable, models, config.extractionModel(),
                config.extractionMaxOutputTokens()), sandbox, documents);
    }

    WebTools webTools(WebToolsConfig config, ObjectMapper json, ToolParts parts, SandboxPort sandbox,
                      DocumentTextPort documents) {
        List<AgentTool> tools = new ArrayList<>();
        searchProvider(config, json).ifPresent(search -> {
            Credits price = price(config);
            tools.add(new WebSearchTool(search, config.searchMaxResults(), price, config.searchTimeout()));
            tools.add(new WebBatchSearchTool(search, parts, config.searchMaxResults(), price, config.searchTimeout(),
                    config.batchMaxQueries(), config.parallelism()));
            if (search.supportsImages()) {
                tools.add(new ImageSearchTool(search, config.searchMaxResults(), price, config.searchTimeout()));
            }
        });
        if (config.visitEnabled()) {
            SsrfGuard guard = new SsrfGuard(HostResolver.SYSTEM, config.visitAllowedInternal().orElse(List.of()));
            GuardedHttpClient http = new GuardedHttpClient(guard, new FetchLimits(config.visitConnectTimeout(),
                    config.visitTimeout(), config.visitMaxBytes(), config.visitMaxRedirects(),
                    "Mozilla/5.0 (compatible; ii-agent-jvm; web_visit)"));
            Credits price = Credits.fromUsd(config.visitPriceUsd());
            HttpPageFetcher pages = new HttpPageFetcher(http, price, documents, config.pdfMaxPages());
            tools.add(new WebVisitTool(pages, config.visitMaxChars(), price, config.visitTimeout(), parts,
                    config.extractionTimeout()));
            tools.add(new WebVisitCompressTool(pages, parts, config.visitMaxChars(), price, config.visitTimeout(),
                    config.extractionTimeout(), config.parallelism()));
            GuardedHttpClient imageHttp = new GuardedHttpClient(guard, new FetchLimits(config.visitConnectTimeout(),
                    config.visitTimeout(), config.imageMaxBytes(), config.visitMaxRedirects(),
                    "Mozilla/5.0 (compatible; ii-agent-jvm; read_remote_image)"));
            tools.add(new ReadRemoteImageTool(new HttpImageFetcher(imageHttp, price), sandbox, price, config.visitTimeout()));
        }
        return new WebTools(List.copyOf(tools));
    }

    static Optional<WebSearchPaidToolPort> searchProvider(WebToolsConfig config, ObjectMapper json) {
        String provider = config.searchProvider().map(name -> name.strip().toLowerCase(Locale.ROOT)).orElse("");
        Credits price = price(config);
        return switch (provider) {
            case "", "none" -> Optional.empty();
            case "searxng" -> Optional.of(new SearxngSearch(json, required(config.searxngBaseUrl(), "searxng",
                    "SEARXNG_BASE_URL"), config.searchTimeout(), price));
            case "tavily" -> Optional.of(new TavilySearch(json, config.tavilyBaseUrl(), required(config.tavilyApiKey(),
                    "tavily", "TAVILY_API_KEY"), config.searchTimeout(), price));
            case "brave" -> Optional.of(new BraveSearch(json, config.braveBaseUrl(), required(config.braveApiKey(),
                    "brave", "BRAVE_SEARCH_API_KEY"), config.searchTimeout(), price));
            case "duckduckgo" -> Optional.of(new DuckDuckGoHtmlSearch(config.duckduckgoBaseUrl(), config.searchTimeout(),
                    price));
            default -> throw new IllegalArgumentException("WEB_SEARCH_PROVIDER must be searxng, tavily, brave or"
                    + " duckduckgo, got '" + provider + "'");
        };
    }

    /** Per-call price: the configured one, else what the provider charges on its usual plan (self-hosted: free). */
    static Credits price(WebToolsConfig config) {
        String provider = config.searchProvider().map(name -> name.strip().toLowerCase(Locale.ROOT)).orElse("");
        BigDecimal usd = config.searchPriceUsd().orElseGet(() -> switch (provider) {
            case "tavily" -> new BigDecimal("0.008"); // one API credit, pay-as-you-go
            case "brave" -> new BigDecimal("0.005"); // $5 per 1,000 queries
            default -> BigDecimal.ZERO;
        });
        return Credits.fromUsd(usd);
    }

    private static String required(Optional<String> value, String provider, String variable) {
        return value.filter(text -> !text.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "WEB_SEARCH_PROVIDER=" + provider + " needs " + variable));
    }
}
