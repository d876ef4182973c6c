package ai.iiagent.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MODEL_CONFIGS (JSON) and MODEL_CONFIGS_FILE (YAML) give the same definitions; bad input is a clear error. */
class ModelConfigsTest {

    @TempDir
    Path dir;

    @Test
    void givenTheSameListInJsonAndInYaml_thenTheDefinitionsAreEqual() throws Exception {
        String json = """
                [{"model_id": "gpt-4o", "provider": "OpenAI", "api_key": "sk-1", "display_name": "GPT-4o",
                  "is_default": true, "params": {"temperature": 0.2},
                  "pricing": {"input_price_per_million": 2.5, "output_price_per_million": 10}},
                 {"model_id": "my-llama", "provider": "Custom", "base_url": "http://llm.internal:8000/v1"}]""";
        Path file = Files.writeString(dir.resolve("models.yaml"), """
                # the operator's models
                - model_id: gpt-4o
                  provider: OpenAI
                  api_key: sk-1
                  display_name: GPT-4o
                  is_default: true
                  params: {temperature: 0.2}
                  pricing:
                    input_price_per_million: 2.5
                    output_price_per_million: 10
                - model_id: my-llama
                  provider: Custom
                  base_url: http://llm.internal:8000/v1
                """);

        List<SystemModelDefinition> fromYaml = ModelConfigs.parseFile(file);

        assertThat(fromYaml).isEqualTo(ModelConfigs.parse(json));
        assertThat(fromYaml.get(0).provider()).isEqualTo("openai");
        assertThat(fromYaml.get(0).pricing().input()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(fromYaml.get(1).provider()).isEqualTo("openai_compatible");
    }

    @Test
    void givenTheOriginalsNamedMapForm_thenEntriesAreReadAndTheDefaultKeyIsTheDefault() {
        List<SystemModelDefinition> models = ModelConfigs.parseYaml("""
                default:
                  model: gemini-2.5-flash
                  api_key: AIza-1
                  api_type: gemini
                gemini/gemini-2.5-flash:
                  model: gemini-2.5-flash
                  api_key: AIza-1
                  api_type: gemini
                  temperature: 0.0
                my-local-model:
                  model: my-model
                  base_url: http://localhost:1234/v1
                  api_type: custom
                  application_model_name: Local
                  max_retries: 3
                """, "test.yaml");

        assertThat(models).extracting(SystemModelDefinition::modelId).containsExactly("gemini-2.5-flash", "my-model");
        assertThat(models.get(0).isDefault()).isTrue();
        assertThat(models.get(1).isDefault()).isFalse();
        assertThat(models.get(1).displayName()).isEqualTo("Local");
        assertThat(models.get(1).params().fields()).containsEntry("max_retries", 3);
    }

    @Test
    void givenABadFile_thenTheErrorNamesTheFileAndWhereItIsWrong() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "- model_id: a\n  provider: openai\n   bad: [\n");
        Path unknownProvider = Files.writeString(dir.resolve("provider.yaml"), "- model_id: a\n  provider: watson\n");
        Path noModel = Files.writeString(dir.resolve("nomodel.yaml"), "- provider: openai\n");
        Path scalar = Files.writeString(dir.resolve("scalar.yaml"), "just text\n");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "- {model_id: a, provider: openai}\n"
                + "- {model_id: a, provider: openai}\n");
        Path badPrice = Files.writeString(dir.resolve("price.yaml"), "- {model_id: a, provider: openai, pricing: {input: 1}}\n");

        assertError(broken).contains(broken.toString()).contains("not valid YAML").containsPattern("line \\d+, column \\d+");
        assertError(unknownProvider).contains("entry 1").contains("unknown provider 'watson'");
        assertError(noModel).contains("needs model_id");
        assertError(scalar).contains("a list of models or a map");
        assertError(twice).contains("listed twice");
        assertError(badPrice).contains("bad pricing");
        assertError(dir.resolve("missing.yaml")).contains("cannot be read").contains("NoSuchFileException");
        assertThatThrownBy(() -> ModelConfigs.parse("{\"model_id\": 1}")).hasMessageContaining("MODEL_CONFIGS must be");
    }

    @Test
    void givenBothSources_whenAModelIsInBoth_thenThatIsAnError_otherwiseTheyAreJoined() {
        List<SystemModelDefinition> json = ModelConfigs.parse("[{\"model_id\": \"a\", \"provider\": \"openai\"}]");
        List<SystemModelDefinition> yaml = ModelConfigs.parseYaml("- {model_id: b, provider: anthropic}\n", "f.yaml");

        assertThat(ModelConfigs.combine(json, yaml)).extracting(SystemModelDefinition::modelId).containsExactly("a", "b");
        assertThatThrownBy(() -> ModelConfigs.combine(json, json)).hasMessageContaining("listed twice");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertError(Path file) {
        ValidationException error = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> ModelConfigs.parseFile(file));
        assertThat(error.code().value()).isEqualTo("invalid_model_configs");
        return assertThat(error.getMessage()).contains("MODEL_CONFIGS_FILE");
    }
}
