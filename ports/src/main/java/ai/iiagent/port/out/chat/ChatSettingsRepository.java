package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Optional;

/** The advanced-mode settings of chat conversations, one row per session (gone with the session). */
public interface ChatSettingsRepository {

    /** The session's settings, if any were saved. */
    Optional<ChatSettings> find(SessionId sessionId);

    /** Saves (replaces) the session's settings. */
    void save(SessionId sessionId, ChatSettings settings);
}
