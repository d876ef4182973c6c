package ai.iiagent.service.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.ChatStopResult;
import ai.iiagent.port.in.chat.GetChatHistoryQuery;
import ai.iiagent.port.in.chat.StopChatTurnCommand;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.chat.InMemoryChatMessageRepository;
import ai.iiagent.port.out.chat.InMemoryChatFileIndex;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatServicesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Identity owner = new Identity(UserId.of(UUID.randomUUID()), UserRole.USER);
    private final Identity stranger = new Identity(UserId.of(UUID.randomUUID()), UserRole.USER);
    private final Map<SessionId, Session> sessions = new HashMap<>();
    // Like the sessions feature for public sessions: it hands out sessions it does not check ownership of.
    private final GetSessionUseCase getSession = query -> new SessionView(sessions.computeIfAbsent(query.sessionId(),
            id -> { throw new SessionNotFoundException(id); }), null);
    private final InMemoryChatMessageRepository messages = new InMemoryChatMessageRepository();
    private final Set<ChatMessageId> raised = new HashSet<>();
    private final ChatStopSignal flags = new ChatStopSignal() {
        @Override
        public void raise(ChatMessageId userMessage) {
            raised.add(userMessage);
        }

        @Override
        public boolean isRaised(ChatMessageId userMessage) {
            return raised.contains(userMessage);
        }

        @Override
        public void clear(ChatMessageId userMessage) {
            raised.remove(userMessage);
        }
    };

    @Test
    void givenATurnWhoseAnswerIsStillRunning_whenStopped_thenTheFlagOfItsUserMessageIsRaised() {
        SessionId chat = session(AppKind.CHAT);
        ChatMessage question = ChatMessage.user(chat, "hi", "m", NOW);
        messages.insert(question);
        messages.insert(ChatMessage.pendingAnswer(chat, "m", NOW));

        ChatStopResult result = new StopChatTurnService(getSession, messages, flags).stop(new StopChatTurnCommand(owner, chat));

        assertThat(result).isEqualTo(new ChatStopResult(true, question.id()));
        assertThat(raised).containsExactly(question.id());
    }

    @Test
    void givenOnlyFinishedTurns_whenStopped_thenNothingIsRaised() {
        SessionId chat = session(AppKind.CHAT);
        messages.insert(ChatMessage.user(chat, "hi", "m", NOW));
        messages.insert(ChatMessage.pendingAnswer(chat, "m", NOW).answered("hello", TokenUsage.NONE, "cancelled"));

        ChatStopResult result = new StopChatTurnService(getSession, messages, flags).stop(new StopChatTurnCommand(owner, chat));

        assertThat(result.stopped()).isFalse();
        assertThat(raised).isEmpty();
    }

    @Test
    void givenSomeoneElsesOrAnAgentSession_thenChatSeesNoSuchSession() {
        SessionId chat = session(AppKind.CHAT);
        SessionId agent = session(AppKind.AGENT);
        StopChatTurnService stop = new StopChatTurnService(getSession, messages, flags);

        assertThatThrownBy(() -> stop.stop(new StopChatTurnCommand(stranger, chat)))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> stop.stop(new StopChatTurnCommand(owner, agent)))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void givenFiveMessages_whenPaged_thenPagesGoBackFromTheNewest_andAnUnknownCursorIsNotFound() {
        SessionId chat = session(AppKind.CHAT);
        for (int i = 1; i <= 5; i++) {
            messages.insert(ChatMessage.user(chat, "m" + i, "m", NOW));
        }
        GetChatHistoryService history = new GetChatHistoryService(getSession, messages, new InMemoryChatFileIndex());

        ChatHistoryPage newest = history.history(new GetChatHistoryQuery(owner, chat, 2, null));
        ChatHistoryPage older = history.history(new GetChatHistoryQuery(owner, chat, 2, newest.messages().getFirst().id()));
        ChatHistoryPage oldest = history.history(new GetChatHistoryQuery(owner, chat, 2, older.messages().getFirst().id()));

        assertThat(newest.messages()).extracting(ChatMessage::content).containsExactly("m4", "m5");
        assertThat(newest.hasMore()).isTrue();
        assertThat(newest.totalCount()).isEqualTo(5);
        assertThat(older.messages()).extracting(ChatMessage::content).containsExactly("m2", "m3");
        assertThat(oldest.messages()).extracting(ChatMessage::content).containsExactly("m1");
        assertThat(oldest.hasMore()).isFalse();
        assertThatThrownBy(() -> history.history(new GetChatHistoryQuery(owner, chat, 2, ChatMessageId.random())))
                .isInstanceOf(ChatMessageNotFoundException.class);
    }

    @Test
    void givenAFailedAndACancelledAnswer_thenTheConversationKeepsThePartialTextAndSkipsTheEmptyOne() {
        SessionId chat = session(AppKind.CHAT);
        List<ChatMessage> earlier = List.of(ChatMessage.user(chat, "one", "m", NOW),
                ChatMessage.pendingAnswer(chat, "m", NOW).answered("", TokenUsage.NONE, "error"),
                ChatMessage.user(chat, "two", "m", NOW),
                ChatMessage.pendingAnswer(chat, "m", NOW).answered("half an ans", TokenUsage.NONE, "cancelled"));

        List<Message> conversation = ChatHistory.conversation(earlier, ChatMessage.user(chat, "three", "m", NOW));

        assertThat(conversation).extracting(Message::role, Message::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.USER, "one"), org.assertj.core.groups.Tuple.tuple(Role.USER, "two"),
                org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "half an ans"),
                org.assertj.core.groups.Tuple.tuple(Role.USER, "three"));
    }

    private SessionId session(AppKind kind) {
        SessionId id = SessionId.random();
        sessions.put(id, Session.start(id, owner.userId(), "s", kind, kind.code(), NOW));
        return id;
    }
}
