package ai.iiagent.adapter.llm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline model's media orders, with the template and model lines the web UI's gallery and picker write. */
class OfflineMediaRulesTest {

    @Test
    void givenTemplateAndModelLines_thenTheImageAndVideoCallsCarryThem_andSpeechDoesNot() {
        OfflineScript.Reply reply = OfflineMediaRules.reply("""
                template: cinematic-still
                image: a harbour at dawn -> images/cinematic-still.png
                video 2s: waves -> clips/w.mp4 speech: hello there -> a/hi.mp3
                image model: offline-image
                """, "c1", tool -> true);

        List<ToolCall> calls = reply.calls();
        assertThat(calls).extracting(ToolCall::name).containsExactly("generate_image", "generate_video", "generate_speech");
        assertThat(calls.get(0).arguments()).isEqualTo(Map.of("prompt", "a harbour at dawn", "output_path",
                "images/cinematic-still.png", "template_id", "cinematic-still", "model_name", "offline-image"));
        assertThat(calls.get(1).arguments()).containsEntry("template_id", "cinematic-still")
                .containsEntry("duration_seconds", 2).doesNotContainKey("model_name");
        assertThat(calls.get(2).arguments()).isEqualTo(Map.of("text", "hello there", "output_path", "a/hi.mp3"));
    }

    @Test
    void givenPlainOrders_thenNoTemplateOrModelIsAdded() {
        OfflineScript.Reply reply = OfflineMediaRules.reply("image: a cat -> cat.png", "c1", tool -> true);

        assertThat(reply.calls()).singleElement().satisfies(call -> assertThat(call.arguments())
                .isEqualTo(Map.of("prompt", "a cat", "output_path", "cat.png")));
        assertThat(OfflineMediaRules.reply("image model: x", "c1", tool -> true)).isNull();
    }

    @Test
    void givenAStorybookLine_thenOneGenerateStorybookCallCarriesTitleScenesStyleAndVoiceOver() {
        OfflineScript.Reply reply = OfflineMediaRules.reply("""
                storybook: The Fox | A fox wakes up. | The fox finds a key. | The fox opens a door.
                style: watercolour
                with voice over please
                """, "c1", tool -> true);

        assertThat(reply.calls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("generate_storybook");
            assertThat(call.arguments()).isEqualTo(Map.of("title", "The Fox", "scenes",
                    List.of("A fox wakes up.", "The fox finds a key.", "The fox opens a door."), "style", "watercolour",
                    "voice_over", true));
        });
        assertThat(OfflineMediaRules.reply("storybook: Only a title", "c1", tool -> true)).isNull();
        assertThat(OfflineMediaRules.reply("storybook: T | a scene", "c1", tool -> !tool.equals("generate_storybook")))
                .isNull();
    }
}
