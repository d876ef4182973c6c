package ai.iiagent.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quote of credits-and-billing.md, as a table. */
class LlmQuoteTest {

    private static final ModelPrice GPT_4O = ModelPrice.of("2.5", "10", "0", "1.25");
    private static final ModelPrice SONNET = ModelPrice.of("3", "15", "3.75", "0.3");

    @ParameterizedTest(name = "available {0}, price {1}/{2}, input {3}, cap {4} -> output cap {5}, hold {6}")
    @CsvSource({
            // plenty of credits: the model's cap binds; hold = input + cap·out + margin (in credits)
            "1000, 2.5, 10, 1000, 8192, 8192, 5.694667",
            // output cap from the budget: (2 + 50 credits = $0.78 - 0.0025 - 0.001) / $0.00001 = 77650
            "2, 2.5, 10, 1000, 100000, 77650, 15",
            // the hold is capped at 15 credits even when the allowed output would cost more
            "10000, 3, 15, 0, 100000, 100000, 15",
            // a free output price: the model's cap
            "5, 1, 0, 100, 4096, 4096, 0.073333",
    })
    void quotesTheTable(String available, String in, String out, long inputTokens, int cap, int expectedCap,
                        String expectedHold) {
        ModelPrice price = ModelPrice.of(in, out, "0", "0");
        LlmQuote quote = LlmQuote.forCall(Credits.of(available), price, inputTokens, cap);
        assertThat(quote.outputCap()).isEqualTo(expectedCap);
        assertThat(quote.hold()).isEqualTo(Credits.of(expectedHold));
    }

    @Test
    void givenTheShortfallWindow_thenOnlyAPositiveBalanceMayBorrowFromIt() {
        // 0.01 credits + 50 window = $0.750150 to spend: far more than 128 tokens of gpt-4o
        assertThat(LlmQuote.forCall(Credits.of("0.01"), GPT_4O, 100, 8192).outputCap()).isEqualTo(8192);
        assertThatThrownBy(() -> LlmQuote.forCall(Credits.ZERO, GPT_4O, 100, 8192))
                .isInstanceOf(InsufficientCreditsException.class);
        assertThatThrownBy(() -> LlmQuote.forCall(Credits.of(-3), GPT_4O, 100, 8192))
                .isInstanceOf(InsufficientCreditsException.class);
    }

    @Test
    void givenFewerThan128AffordableTokens_thenRefusedWithTheCreditsNeededFor128() {
        // an expensive model (output $1000 per million = $0.001 per token) and a tiny balance:
        // available 0.01 + 50 = 50.01 credits = $0.75015 - margin 0.001 = $0.74915 -> 749 tokens: allowed
        ModelPrice pricey = ModelPrice.of("0", "1000", "0", "0");
        assertThat(LlmQuote.forCall(Credits.of("0.01"), pricey, 0, 8192).outputCap()).isEqualTo(749);
        // input of 10,000 tokens at $50 per million = $0.5: leaves $0.24915 -> 249 tokens
        ModelPrice pricier = ModelPrice.of("50", "1000", "0", "0");
        assertThat(LlmQuote.forCall(Credits.of("0.01"), pricier, 10_000, 8192).outputCap()).isEqualTo(249);
        // input of 14,000 tokens = $0.7: leaves $0.04915 -> 49 tokens < 128: refused
        assertThatThrownBy(() -> LlmQuote.forCall(Credits.of("0.01"), pricier, 14_000, 8192))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, refused -> {
                    // needed: $0.7 input + 128 × $0.001 = $0.828 = 55.2 credits
                    assertThat(refused.required()).isEqualTo(Credits.of("55.2"));
                    assertThat(refused.available()).isEqualTo(Credits.of("0.01"));
                });
    }

    @Test
    void givenExactly128AffordableTokens_thenAllowed() {
        // budget 1 + 50 = 51 credits = $0.765; margin leaves $0.764 = 128 tokens at $0.0059687.. per token
        ModelPrice price = new ModelPrice(BigDecimal.ZERO, new BigDecimal("5968.75"), BigDecimal.ZERO, BigDecimal.ZERO, false);
        assertThat(LlmQuote.forCall(Credits.of(1), price, 0, 8192).outputCap()).isEqualTo(128);
    }

    @Test
    void givenACacheWritePrice_thenAQuarterOfTheInputIsQuotedAsCacheWrites() {
        LlmQuote quote = LlmQuote.forCall(Credits.of(1000), SONNET, 10_000, 1000);
        // input $0.03 + cache writes 2500 × $3.75/M = $0.009375 + 1000 × $15/M = $0.015 + $0.001
        assertThat(quote.maxUsd()).isEqualByComparingTo("0.055375");
        assertThat(quote.hold()).isEqualTo(Credits.fromUsd(new BigDecimal("0.055375")));
    }
}
