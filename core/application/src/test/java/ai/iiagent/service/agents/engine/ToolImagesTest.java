package ai.iiagent.service.agents.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolImagesTest {

    private static final ImagePart SCREEN = new ImagePart("screen.png", "image/png", "iVBORw0KGgo=");
    private static final Message RESULT = Message.toolResult("call_1", "Read", "[/workspace/screen.png: image/png]", false);

    @Test
    void givenAVisionModel_whenAToolReturnsAnImage_thenTheResultCarriesIt() {
        Message shown = ToolImages.forModel(RESULT, List.of(SCREEN), model(true));

        assertThat(shown.images()).containsExactly(SCREEN);
        assertThat(shown.text()).isEqualTo(RESULT.text());
        assertThat(shown.toolCallId()).isEqualTo("call_1");
    }

    @Test
    void givenATextOnlyModel_whenAToolReturnsAnImage_thenTheResultSaysItCannotBeShown() {
        Message noted = ToolImages.forModel(RESULT, List.of(SCREEN), model(false));

        assertThat(noted.images()).isEmpty();
        assertThat(noted.text()).startsWith(RESULT.text())
                .contains("[Not shown: screen.png is an image, and the model in use (Llama) cannot view images. Do not guess");
        assertThat(noted.toolCallId()).isEqualTo("call_1");
        assertThat(noted.toolName()).isEqualTo("Read");
    }

    @Test
    void givenNoImages_thenTheResultIsUnchanged() {
        assertThat(ToolImages.forModel(RESULT, List.of(), model(false))).isSameAs(RESULT);
    }

    private static ResolvedModel model(boolean vision) {
        return new ResolvedModel("openai", vision ? "gpt-4o" : "llama", vision ? "GPT-4o" : "Llama", LlmEndpoint.DEFAULT,
                ModelPrice.FREE, 1000, 10_000, false, false, vision);
    }
}
