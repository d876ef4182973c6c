package ai.iiagent.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.bootstrap.config.WebToolsConfig;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolParts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which web tools a configuration offers, at what price, and how a half-configured provider stops start-up. */
class WebToolsWiringTest {

    record Config(Optional<String> searchProvider, int searchMaxResults, Duration searchTimeout,
                  Optional<BigDecimal> searchPriceUsd, Optional<String> searxngBaseUrl, Optional<String> tavilyApiKey,
                  String tavilyBaseUrl, Optional<String> braveApiKey, String braveBaseUrl, String duckduckgoBaseUrl,
                  boolean visitEnabled, Duration visitTimeout, Duration visitConnectTimeout, long visitMaxBytes,
                  int visitMaxRedirects, int visitMaxChars, BigDecimal visitPriceUsd,
                  Optional<List<String>> visitAllowedInternal, int batchMaxQueries, int parallelism,
                  String extractionModel, int extractionMaxOutputTokens, Duration extractionTimeout, int pdfMaxPages,
                  long imageMaxBytes) implements WebToolsConfig {

        static Config with(String provider, String key, Optional<BigDecimal> price, boolean visit) {
            return new Config(Optional.ofNullable(provider), 10, Duration.ofSeconds(15), price,
                    Optional.of("http://searxng:8080"), Optional.ofNullable(key), "https://api.tavily.com",
                    Optional.ofNullable(key), "https://api.search.brave.com", "https://html.duckduckgo.com", visit,
                    Duration.ofSeconds(20), Duration.ofSeconds(5), 5_242_880, 5, 40_000, BigDecimal.ZERO, Optional.empty(),
                    10, 4, "offline-demo", 2000, Duration.ofSeconds(60), 200, 5_242_880);
        }
    }

    /** Never called here: the wiring only hands it to the tools. */
    private static final ToolParts PARTS = new ToolParts() {
        @Override
        public <T> T paid(ToolInvocation call, String toolName, String part, Credits maxCost, PaidPart<T> work) {
            throw new AssertionError("not called");
        }

        @Override
        public String complete(ToolInvocation call, String part, String instructions, String input) {
            throw new AssertionError("not called");
        }
    };

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void givenNoProvider_thenOnlyTheFetchingToolsAreOffered_andNothingWhenVisitIsOffToo() {
        assertThat(names(Config.with(null, null, Optional.empty(), true))).containsExactly("web_visit",
                "web_visit_compress", "read_remote_image");
        assertThat(names(Config.with(null, null, Optional.empty(), false))).isEmpty();
    }

    @Test
    void givenAProviderWithImages_thenSearchAndImageSearch_atItsDefaultPrice() {
        List<AgentTool> tools = new WebToolsWiring().webTools(Config.with("Brave", "key", Optional.empty(), true), json, PARTS, null, null).tools();

        assertThat(tools).extracting(tool -> tool.spec().name()).containsExactly("web_search", "web_batch_search",
                "image_search", "web_visit", "web_visit_compress", "read_remote_image");
        assertThat(tools.get(0).maxCost()).isEqualTo(Credits.fromUsd(new BigDecimal("0.005")));
        assertThat(tools.get(1).maxCost()).isEqualTo(Credits.ZERO); // each query holds the price as a part of its own
        assertThat(tools.get(3).maxCost()).isEqualTo(Credits.ZERO);
        assertThat(tools.get(3).spec().parameters().toString()).contains("prompt");
    }

    @Test
    void givenDuckDuckGo_thenNoImageSearch_andAConfiguredPriceWins() {
        List<AgentTool> tools = new WebToolsWiring().webTools(Config.with("duckduckgo", null,
                Optional.of(new BigDecimal("0.003")), false), json, PARTS, null, null).tools();

        assertThat(tools).extracting(tool -> tool.spec().name()).containsExactly("web_search", "web_batch_search");
        assertThat(tools.get(0).maxCost()).isEqualTo(Credits.of("0.2"));
    }

    @Test
    void givenAProviderWithoutItsKey_orAnUnknownOne_thenStartupFailsSayingWhat() {
        assertThatThrownBy(() -> names(Config.with("tavily", null, Optional.empty(), true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("WEB_SEARCH_PROVIDER=tavily needs TAVILY_API_KEY");
        assertThatThrownBy(() -> names(Config.with("brave", " ", Optional.empty(), true)))
                .hasMessage("WEB_SEARCH_PROVIDER=brave needs BRAVE_SEARCH_API_KEY");
        assertThatThrownBy(() -> names(Config.with("bing", null, Optional.empty(), true)))
                .hasMessageContaining("must be searxng, tavily, brave or duckduckgo");
    }

    private List<String> names(Config config) {
        return new WebToolsWiring().webTools(config, json, PARTS, null, null).tools().stream().map(tool -> tool.spec().name()).toList();
    }
}
