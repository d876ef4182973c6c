package ai.iiagent.port.out.chat;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link ChatMessageRepository}'s contract, run against the in-memory fake and against PostgreSQL:
 * write order (not the clock), pages before a message, deletes from a message on, per session.
 */
public abstract class ChatMessageRepositoryContractTest {

    protected abstract ChatMessageRepository repository();

    /** A new, empty chat session. */
    protected abstract SessionId newSession();

    @Test
    void givenMessagesWrittenWithClocksBackwards_thenHistoryIsInWriteOrder_andSessionsDoNotMix() {
        SessionId session = newSession();
        SessionId other = newSession();
        Instant now = now();
        ChatMessage first = ChatMessage.user(session, "first", "m", now.plusSeconds(60));
        ChatMessage second = ChatMessage.pendingAnswer(session, "m", now);
        ChatMessage elsewhere = ChatMessage.user(other, "elsewhere", "m", now);

        repository().insert(first);
        repository().insert(elsewhere);
        repository().insert(second);

        assertThat(repository().history(session)).extracting(ChatMessage::id).containsExactly(first.id(), second.id());
        assertThat(repository().count(session)).isEqualTo(2);
        assertThat(repository().find(session, elsewhere.id())).isEmpty();
        assertThat(repository().find(other, elsewhere.id())).hasValueSatisfying(found ->
                assertThat(found.content()).isEqualTo("elsewhere"));
    }

    @Test
    void givenAnUpdate_thenContentUsageReasonAndFinishedAreStored() {
        SessionId session = newSession();
        ChatMessage pending = ChatMessage.pendingAnswer(session, "m", now());
        repository().insert(pending);
        TokenUsage used = new TokenUsage(12, 34, 5, 6, 7);

        repository().update(pending.answered("the answer", used, "stop"));

        assertThat(repository().find(session, pending.id())).hasValueSatisfying(found -> {
            assertThat(found.content()).isEqualTo("the answer");
            assertThat(found.usage()).isEqualTo(used);
            assertThat(found.finishReason()).isEqualTo("stop");
            assertThat(found.finished()).isTrue();
        });
    }

    @Test
    void givenFourMessages_thenPagesEndBeforeTheAnchor_oldestFirst_andAnUnknownAnchorGivesNothing() {
        SessionId session = newSession();
        ChatMessage[] written = write(session, 4);

        assertThat(repository().page(session, null, 2)).extracting(ChatMessage::id)
                .containsExactly(written[2].id(), written[3].id());
        assertThat(repository().page(session, written[3].id(), 10)).extracting(ChatMessage::id)
                .containsExactly(written[0].id(), written[1].id(), written[2].id());
        assertThat(repository().page(session, written[2].id(), 1)).extracting(ChatMessage::id)
                .containsExactly(written[1].id());
        assertThat(repository().page(session, ChatMessageId.random(), 10)).isEmpty();
    }

    @Test
    void givenADeleteFromAMessage_thenItAndAllLaterOnesGo_anUnknownOneDeletesNothing_andDeleteAllEmpties() {
        SessionId session = newSession();
        ChatMessage[] written = write(session, 4);

        assertThat(repository().deleteFrom(session, ChatMessageId.random())).isZero();
        assertThat(repository().deleteFrom(session, written[1].id())).isEqualTo(3);
        assertThat(repository().history(session)).extracting(ChatMessage::id).containsExactly(written[0].id());
        assertThat(repository().deleteAll(session)).isEqualTo(1);
        assertThat(repository().count(session)).isZero();
    }

    private ChatMessage[] write(SessionId session, int count) {
        ChatMessage[] written = new ChatMessage[count];
        Instant start = now();
        for (int i = 0; i < count; i++) {
            written[i] = ChatMessage.user(session, "message " + i, "m", start.minusSeconds(i));
            repository().insert(written[i]);
        }
        return written;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
