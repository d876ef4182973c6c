package ai.iiagent.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden figures: what a call of each model costs in credits, worked out by hand from the published
 * price per million tokens (credits-and-billing.md: 1 credit = $0.015) and written here as numbers,
 * so a changed price, formula or rounding shows up as a diff instead of being checked against itself.
 */
class PriceGoldenFiguresTest {

    private static final PriceTable PRICES = PriceTable.builtInOnly();
    /** 120k input, 30k output, 400k cache reads, 50k cache writes, 10k reasoning: every term counts. */
    private static final TokenUsage MIXED = new TokenUsage(120_000, 30_000, 400_000, 50_000, 10_000);

    @ParameterizedTest(name = "{0}/{1}: ${2} = {3} credits")
    @CsvSource({
            // provider, model,                          usd,      credits
            "anthropic, claude-opus-4-6,               2.1125,    140.833333",
            "anthropic, claude-sonnet-4-5-20250929,    1.2675,    84.500000",
            "anthropic, claude-opus-4,                 6.3375,    422.500000",
            "anthropic, claude-3-5-haiku-latest,       0.338,     22.533333",
            "openai,    gpt-4o,                        1.20,      80.000000",
            "openai,    gpt-4o-mini-2024-07-18,        0.072,     4.800000",
            "openai,    o1,                            7.2,       480.000000",
            "openai,    o3-mini,                       0.528,     35.200000",
            "gemini,    gemini-2.5-pro,                0.55,      36.666667",
            "gemini,    gemini-2.5-flash,              0.042,     2.800000",
            "openai,    deepseek-reasoner,             0.2096,    13.973333",
            "offline,   offline-demo,                  0.28,      18.666667",
    })
    void givenAMixedCall_thenEachModelCostsItsGoldenFigure(String provider, String model, String usd, String credits) {
        ModelPrice price = PRICES.priceFor(provider, model);

        assertThat(price.fallback()).as("%s has its own price", model).isFalse();
        assertThat(MIXED.costUsd(price)).isEqualByComparingTo(usd);
        assertThat(MIXED.cost(price)).isEqualTo(Credits.of(credits));
    }

    @Test
    void givenOneKindOfTokenAtATime_thenEachIsPricedAtItsOwnRate_reasoningAtTheOutputRate() {
        ModelPrice sonnet = PRICES.priceFor("anthropic", "claude-sonnet-4-5");

        // $3 in, $15 out, $3.75 cache write, $0.30 cache read, reasoning at $15 — per million.
        assertThat(new TokenUsage(1_000_000, 0, 0, 0, 0).cost(sonnet)).isEqualTo(Credits.of(200));
        assertThat(new TokenUsage(0, 1_000_000, 0, 0, 0).cost(sonnet)).isEqualTo(Credits.of(1000));
        assertThat(new TokenUsage(0, 0, 1_000_000, 0, 0).cost(sonnet)).isEqualTo(Credits.of(20));
        assertThat(new TokenUsage(0, 0, 0, 1_000_000, 0).cost(sonnet)).isEqualTo(Credits.of(250));
        assertThat(new TokenUsage(0, 0, 0, 0, 1_000_000).cost(sonnet)).isEqualTo(Credits.of(1000));
        // o1 reasoning: $60 per million = 4000 credits; 1 token = $0.00006 = 0.004 credits.
        assertThat(new TokenUsage(0, 0, 0, 0, 1_000_000).cost(PRICES.priceFor("openai", "o1"))).isEqualTo(Credits.of(4000));
        assertThat(new TokenUsage(0, 0, 0, 0, 1).cost(PRICES.priceFor("openai", "o1"))).isEqualTo(Credits.of("0.004"));
    }

    @Test
    void givenUnknownModels_thenTheProviderDefaultIsCharged_andFlaggedAsFallback() {
        ModelPrice anthropic = PRICES.priceFor("anthropic", "claude-future-9");
        ModelPrice unknown = PRICES.priceFor("someone", "mystery-model");

        assertThat(anthropic.fallback()).isTrue();
        assertThat(MIXED.cost(anthropic)).isEqualTo(Credits.of("84.500000")); // priced like Sonnet
        assertThat(unknown.fallback()).isTrue();
        assertThat(MIXED.cost(unknown)).isEqualTo(Credits.of("80.000000")); // priced like gpt-4o
    }

    @Test
    void givenASettingsOverride_thenItWinsOverTheBuiltInPrice() {
        PriceTable overridden = new PriceTable(java.util.Map.of("gpt-4o", ModelPrice.of("1", "2", "0", "0.5")));

        // 120k·1 + 40k·2 + 400k·0.5 = $0.40 = 26.666667 credits
        assertThat(MIXED.cost(overridden.priceFor("openai", "gpt-4o"))).isEqualTo(Credits.of("26.666667"));
    }
}
