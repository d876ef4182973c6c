package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.chat.ChatAdvancedModeUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatSettingsRepository;
import ai.iiagent.service.agents.engine.ModelSelection;

/** Reads and replaces a conversation's advanced mode; the model must resolve for the owner, the tools must exist. */
public final class ChatAdvancedModeService implements ChatAdvancedModeUseCase {

    private final ChatAccess access;
    private final ChatSettingsRepository settings;
    private final ModelSelection models;
    private final ChatToolbox toolbox;

    public ChatAdvancedModeService(GetSessionUseCase sessions, ChatSettingsRepository settings, ModelSelection models,
                                   ChatToolbox toolbox) {
        this.access = new ChatAccess(sessions);
        this.settings = settings;
        this.models = models;
        this.toolbox = toolbox;
    }

    @Override
    public ChatSettings get(Identity owner, SessionId sessionId) {
        access.owned(owner, sessionId);
        return settings.find(sessionId).orElse(ChatSettings.NONE);
    }

    @Override
    public ChatSettings set(Identity owner, SessionId sessionId, ChatSettings wanted) {
        access.owned(owner, sessionId);
        if (wanted.modelId() != null) {
            models.resolve(owner, wanted.modelId()); // unknown_model, or a model setting of someone else
        }
        for (String tool : wanted.tools().keySet()) {
            if (!toolbox.names().contains(tool)) {
                throw new ValidationException(ChatSettings.INVALID, "unknown chat tool: " + tool);
            }
        }
        settings.save(sessionId, wanted);
        return wanted;
    }
}
