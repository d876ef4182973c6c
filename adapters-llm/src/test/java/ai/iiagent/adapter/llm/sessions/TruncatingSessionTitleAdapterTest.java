package ai.iiagent.adapter.llm.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.AppKind;
import org.junit.jupiter.api.Test;

class TruncatingSessionTitleAdapterTest {

    private final TruncatingSessionTitleAdapter titles = new TruncatingSessionTitleAdapter();

    @Test
    void givenLongAgentQuery_whenSuggested_thenFirstHundredCharactersWithWhitespaceCollapsed() {
        String query = "  Research\n\nthe   otters " + "x".repeat(200);

        String title = titles.suggest(AppKind.AGENT, query);

        assertThat(title).hasSize(100).startsWith("Research the otters x");
    }

    @Test
    void givenShortOrEmptyQueries_thenAgentKeepsThemAndChatFallsBackToUntitled() {
        assertThat(titles.suggest(AppKind.AGENT, "Plan a trip")).isEqualTo("Plan a trip");
        assertThat(titles.suggest(AppKind.AGENT, "   ")).isEmpty();
        assertThat(titles.suggest(AppKind.CHAT, "")).isEqualTo("Untitled");
        assertThat(titles.suggest(AppKind.CHAT, "y".repeat(90))).hasSize(80);
    }

    @Test
    void givenEmojiAtTheCut_whenSuggested_thenNoHalfSurrogateRemains() {
        String query = "a".repeat(99) + "\uD83E\uDDA6 otter";

        String title = titles.suggest(AppKind.AGENT, query);

        assertThat(title).endsWith("\uD83E\uDDA6");
        assertThat(title.codePointCount(0, title.length())).isEqualTo(100);
    }
}
