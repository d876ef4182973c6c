package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.tools.chat.FileSearchTool;
import ai.iiagent.adapter.tools.sandbox.CodeInterpreterTool;
import ai.iiagent.port.out.chat.ChatFileIndex;
import ai.iiagent.port.out.chat.ChatSummaryRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import ai.iiagent.service.agents.QueryAttachments;
import ai.iiagent.service.chat.ChatAttachments;
import ai.iiagent.port.in.chat.ChatAdvancedModeUseCase;
import ai.iiagent.port.in.chat.ClearChatHistoryUseCase;
import ai.iiagent.port.in.chat.GetPublicChatHistoryUseCase;
import ai.iiagent.port.in.chat.DeleteChatMessagesFromUseCase;
import ai.iiagent.port.in.chat.GetChatHistoryUseCase;
import ai.iiagent.port.in.chat.SendChatMessageUseCase;
import ai.iiagent.port.in.chat.StopChatTurnUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatSettingsRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.service.chat.ChatAdvancedModeService;
import ai.iiagent.service.chat.ChatToolbox;
import ai.iiagent.service.chat.ClearChatHistoryService;
import ai.iiagent.service.chat.DeleteChatMessagesFromService;
import ai.iiagent.service.chat.GetChatHistoryService;
import ai.iiagent.service.chat.GetPublicChatHistoryService;
import ai.iiagent.service.chat.SendChatMessageService;
import ai.iiagent.service.chat.StopChatTurnService;
import ai.iiagent.service.integrations.ConnectorTokenAccess;
import ai.iiagent.service.integrations.GitHubChatTool;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.agents.engine.ModelSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The chat feature's services; its stop flags share the run cancellation store. */
@ApplicationScoped
public class ChatWiring {

    /** The agent wing's web tools that chat offers too (the original's chat tool set). */
    static final Set<String> CHAT_WEB_TOOLS = Set.of("web_search", "image_search", "web_visit");

    /**
     * The media tools chat offers too (issue 17: generate_image; issue 18: the chat media modes, video with
     * extension and start/end frames, speech, and the ffmpeg editing tools).
     */
    static final Set<String> CHAT_MEDIA_TOOLS = Set.of("generate_image", "generate_video", "generate_speech",
            "concatenate_videos", "extract_frames", "generate_storybook");


    @Produces
    @ApplicationScoped
    ChatStopSignal chatStopSignal(RunCancellationSignal flags) {
        return new ChatStopFlags(flags);
    }

    @Produces
    @ApplicationScoped
    SendChatMessageUseCase sendChatMessage(GetSessionUseCase sessions, CreateSessionUseCase create,
                                           ChatMessageRepository messages, ModelCatalogPort catalog,
                                           ResolveModelCredentialsUseCase modelSettings, GetCreditBalanceUseCase balance,
                                           BillableExecutor billable, ChatStopSignal stops, ClockPort clock,
                                           ChatToolbox tools, ChatSettingsRepository settings,
                                           QueryAttachments queryAttachments, DocumentTextPort documents,
                                           ChatFileIndex files, ChatSummaryRepository summaries,
                                           // a chat is summarised before an answer when its history fills this
                                           // share of the model's window (the original's 90%)
                                           @ConfigProperty(name = "chat.compaction-ratio", defaultValue = "0.9")
                                           double compactionRatio) {
        return new SendChatMessageService(sessions, create, messages, new ModelSelection(catalog, modelSettings), balance,
                billable, stops, clock, tools, settings, new ChatAttachments(queryAttachments, documents, files),
                summaries, compactionRatio);
    }

    @Produces
    @Singleton // a final class: no client proxy
    ChatToolbox chatToolbox(SandboxPort sandbox, WebToolsWiring.WebTools web, ChatFileIndex files,
                            MediaWiring.MediaTools media, ShareSessionFileUseCase share,
                            ConnectorRepository connectors, ConnectorTokenAccess connectorTokens, GitHubApiPort github) {
        // Chat tools (reference §6.2): the agent wing's web_search, image_search (when a search provider is
        // configured) and web_visit (with prompt), code_interpreter in the session's sandbox, and the media
        // wing's generate_image (saved in the same session sandbox, handed to the user as a session file).
        List<AgentTool> tools = new ArrayList<>();
        web.tools().stream().filter(tool -> CHAT_WEB_TOOLS.contains(tool.spec().name())).forEach(tools::add);
        tools.add(new FileSearchTool(files));
        tools.add(new CodeInterpreterTool(sandbox));
        media.tools().stream().filter(tool -> CHAT_MEDIA_TOOLS.contains(tool.spec().name())).forEach(tools::add);
        tools.add(new GitHubChatTool(connectors, connectorTokens, github)); // offered once the user connected GitHub
        return new ChatToolbox(tools, share);
    }

    @Produces
    @ApplicationScoped
    ChatAdvancedModeUseCase chatAdvancedMode(GetSessionUseCase sessions, ChatSettingsRepository settings,
                                             ModelCatalogPort catalog, ResolveModelCredentialsUseCase modelSettings,
                                             ChatToolbox tools) {
        return new ChatAdvancedModeService(sessions, settings, new ModelSelection(catalog, modelSettings), tools);
    }

    @Produces
    @ApplicationScoped
    GetPublicChatHistoryUseCase getPublicChatHistory(GetSessionUseCase sessions, ChatMessageRepository messages,
                                                     ChatFileIndex files) {
        return new GetPublicChatHistoryService(sessions, messages, files);
    }

    @Produces
    @ApplicationScoped
    StopChatTurnUseCase stopChatTurn(GetSessionUseCase sessions, ChatMessageRepository messages, ChatStopSignal stops) {
        return new StopChatTurnService(sessions, messages, stops);
    }

    @Produces
    @ApplicationScoped
    GetChatHistoryUseCase getChatHistory(GetSessionUseCase sessions, ChatMessageRepository messages,
                                         ChatFileIndex files) {
        return new GetChatHistoryService(sessions, messages, files);
    }

    @Produces
    @ApplicationScoped
    DeleteChatMessagesFromUseCase deleteChatMessagesFrom(GetSessionUseCase sessions, ChatMessageRepository messages) {
        return new DeleteChatMessagesFromService(sessions, messages);
    }

    @Produces
    @ApplicationScoped
    ClearChatHistoryUseCase clearChatHistory(GetSessionUseCase sessions, ChatMessageRepository messages) {
        return new ClearChatHistoryService(sessions, messages);
    }
}
