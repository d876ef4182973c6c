package ai.iiagent.adapter.llm.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisionModelsTest {

    @ParameterizedTest(name = "{0} {1} reads images: {2}")
    @CsvSource({
            "openai, gpt-4o-mini, true",
            "openai, gpt-4.1, true",
            "openai, gpt-5-mini, true",
            "openai, o3, true",
            "openai, o4-mini, true",
            "openai, o3-mini, false",
            "openai, o1-mini, false",
            "openai, gpt-3.5-turbo, false",
            "openai, gpt-4, false",
            "openai, deepseek-chat, false",
            "openai, meta-llama/llama-3.2-11b-vision-instruct, true",
            "openai, qwen/qwen2.5-vl-72b-instruct, true",
            "openai, anthropic/claude-sonnet-4, true",
            "anthropic, claude-sonnet-4-5, true",
            "anthropic, claude-3-haiku-20240307, true",
            "anthropic, claude-2.1, false",
            "gemini, gemini-2.5-flash, true",
            "gemini, gemini-1.0-pro, false",
            "gemini, gemini-pro, false",
            "offline, offline-demo, false"
    })
    void givenProviderAndModel_whenAskedAboutImages_thenAnswersFromTheFamily(String provider, String model, boolean vision) {
        assertThat(VisionModels.acceptImages(provider, model)).isEqualTo(vision);
    }
}
