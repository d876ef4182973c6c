package ai.iiagent.adapter.tools.storybooks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookErrors;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.storybooks.StartedStorybook;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chat media mode tool hands title, scenes and style to the storybook use case and reports the started book. */
class GenerateStorybookToolTest {

    private record Received(UserId owner, SessionId sessionId, String title, List<String> scenes, String style,
                            boolean voiceOver) {
    }

    private final List<Received> received = new ArrayList<>();
    private final GenerateStorybookTool tool = new GenerateStorybookTool((owner, sessionId, title, scenes, style, voiceOver) -> {
        received.add(new Received(owner, sessionId, title, scenes, style, voiceOver));
        if (title == null || title.isBlank()) {
            throw new ValidationException(StorybookErrors.INVALID_STORYBOOK_TITLE, "title must be 1..300 characters");
        }
        Storybook book = Storybook.first(owner, sessionId, title, style, scenes.size(), voiceOver, Instant.now());
        return new StartedStorybook(book, UUID.randomUUID(), Credits.of("0.2"));
    });
    private final UserId user = UserId.random();
    private final SessionId session = SessionId.random();

    private ToolInvocation call(Map<String, Object> arguments) {
        return new ToolInvocation(user, session, RunId.random(), "call-1", arguments, Map.of());
    }

    @Test
    void givenTitleScenesAndStyle_thenTheBookIsStartedInTheCallersSession_andTheToolItselfIsFree() {
        ToolOutcome outcome = tool.run(call(Map.of("title", "The Fox", "scenes", List.of("a fox", "a hill"),
                "style", "watercolour", "voice_over", true)));

        assertThat(outcome.error()).isFalse();
        assertThat(tool.spec().name()).isEqualTo("generate_storybook");
        assertThat(tool.maxCost()).isEqualTo(Credits.ZERO);
        assertThat(received).singleElement().satisfies(command -> {
            assertThat(command.owner()).isEqualTo(user);
            assertThat(command.sessionId()).isEqualTo(session);
            assertThat(command.scenes()).containsExactly("a fox", "a hill");
            assertThat(command.style()).isEqualTo("watercolour");
            assertThat(command.voiceOver()).isTrue();
        });
        assertThat(outcome.display()).containsEntry("kind", "storybook").containsEntry("pages", 2)
                .containsEntry("quote", "0.200000").containsKey("storybook_id");
        assertThat(outcome.text()).contains("The Fox").contains("2 pages");
    }

    @Test
    void givenBadArguments_thenTheToolFailsWithTheReason() {
        assertThat(tool.run(call(Map.of("title", "T", "scenes", "not a list", "style", ""))).error()).isTrue();
        assertThat(tool.run(call(Map.of("title", "T", "scenes", List.of(1, 2), "style", ""))).text())
                .contains("scenes must be a list of strings");
        ToolOutcome untitled = tool.run(call(Map.of("title", " ", "scenes", List.of("a"), "style", "")));
        assertThat(untitled.error()).isTrue();
        assertThat(untitled.text()).contains("invalid_storybook_title");
    }
}
