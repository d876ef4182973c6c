package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;

/**
 * A chat conversation's advanced mode (model, temperature, reasoning effort, tools, system prompt),
 * applied to its next turns. Only the owner's own chat session: any other is "not found".
 */
public interface ChatAdvancedModeUseCase {

    /** The settings saved, or {@link ChatSettings#NONE}. */
    ChatSettings get(Identity owner, SessionId sessionId);

    /** Replaces the settings; an unknown model or tool is refused. */
    ChatSettings set(Identity owner, SessionId sessionId, ChatSettings settings);
}
