package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The save_env variable rules and the mask that keeps saved values out of tool results. */
class SaveEnvRulesTest {

    @Test
    void givenGoodNamesAndValues_thenKeptInTheirOrder() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("API_TOKEN", "abc123");
        given.put("_private_1", "x");
        assertThat(EnvSecrets.checked(given)).containsExactly(Map.entry("API_TOKEN", "abc123"), Map.entry("_private_1", "x"));
    }

    @Test
    void givenBadNamesReservedNamesOrBadValues_thenRefused_andTheMessageNeverHoldsTheValue() {
        for (Map<String, String> bad : List.of(Map.of("1ABC", "hunter22"), Map.of("A-B", "hunter22"),
                Map.of("PATH", "hunter22"), Map.of("LD_PRELOAD", "hunter22"), Map.of("BASH_ENV", "hunter22"),
                Map.of("OK", ""), Map.of("OK", "hun\0ter22"), Map.of("OK", "x".repeat(EnvSecrets.MAX_VALUE_CHARS + 1)),
                Map.<String, String>of())) {
            assertThatThrownBy(() -> EnvSecrets.checked(bad)).as(String.valueOf(bad).length() > 60 ? "long" : bad.toString())
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).code()).isEqualTo(EnvSecrets.INVALID))
                    .message().doesNotContain("hunter22").doesNotContain("hun");
        }
    }

    @Test
    void givenSavedValues_whenAToolPrintsThem_thenTextAndDisplayShowStars_longestFirst_shortValuesLeftAlone() {
        SecretMask mask = new SecretMask(List.of("abcd", "abcdef-long", "xy"));
        ToolOutcome outcome = new ToolOutcome("key=abcdef-long other=abcd xy",
                Map.of("stdout", "abcd\n", "nested", List.of(Map.of("v", "[abcdef-long]")), "exit_code", 0), false);

        ToolOutcome masked = mask.apply(outcome);

        assertThat(masked.text()).isEqualTo("key=*** other=*** xy");
        assertThat(masked.display()).containsEntry("stdout", "***\n").containsEntry("exit_code", 0)
                .containsEntry("nested", List.of(Map.of("v", "[***]")));
    }
}
