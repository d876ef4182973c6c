package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.net.FetchLimits;
import ai.iiagent.adapter.net.GuardedHttpClient;
import ai.iiagent.adapter.net.HostResolver;
import ai.iiagent.adapter.net.SsrfGuard;
import ai.iiagent.adapter.tools.web.ImageSearchTool;
import ai.iiagent.adapter.tools.web.WebSearchTool;
import ai.iiagent.adapter.tools.web.WebVisitTool;
import ai.iiagent.adapter.tools.web.fetch.HttpPageFetcher;
import ai.iiagent.adapter.tools.web.search.BraveSearch;
import ai.iiagent.adapter.tools.web.search.DuckDuckGoHtmlSearch;
import ai.iiagent.adapter.tools.web.search.SearxngSearch;
import ai.iiagent.adapter.tools.web.search.TavilySearch;
import ai.iiagent.bootstrap.config.WebToolsConfig;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.web.WebSearchPaidToolPort;
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
 * The web tools from {@code web.*} (docs/tools-web.md): web_search and image_search only when a
 * provider is configured (a misconfigured one stops startup with what is missing), web_visit unless
 * turned off.
 */
@ApplicationScoped
public class WebToolsWiring {

    /** The agent tools this wiring offers, handed to the runtime by {@link AgentsWiring}. */
    public record WebTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    WebTools webTools(WebToolsConfig config, ObjectMapper json) {
        List<AgentTool> tools = new ArrayList<>();
        searchProvider(config, json).ifPresent(search -> {
            Credits price = price(config);
            tools.add(new WebSearchTool(search, config.searchMaxResults(), price, config.searchTimeout()));
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
            tools.add(new WebVisitTool(new HttpPageFetcher(http, price), config.visitMaxChars(), price, config.visitTimeout()));
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
