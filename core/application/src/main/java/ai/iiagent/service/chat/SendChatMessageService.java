package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.chat.ChatToolNames;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.port.in.chat.ChatTurn;
import ai.iiagent.port.in.chat.SendChatMessageCommand;
import ai.iiagent.port.in.chat.SendChatMessageUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatSettingsRepository;
import ai.iiagent.port.out.chat.ChatSummaryRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.agents.engine.ModelSelection;
import java.util.List;
import java.util.Set;

/** Checks the session and model, stores the user message and hands back the turn to stream. */
public final class SendChatMessageService implements SendChatMessageUseCase {

    static final String AGENT_TYPE = "chat";
    private static final int NAME_LENGTH = 60;

    private final ChatAccess access;
    private final CreateSessionUseCase create;
    private final ChatMessageRepository messages;
    private final ModelSelection models;
    private final GetCreditBalanceUseCase balance;
    private final BillableExecutor billable;
    private final ChatStopSignal stops;
    private final ClockPort clock;
    private final ChatToolbox toolbox;
    private final ChatSettingsRepository settings;
    private final ChatAttachments attachments;
    private final ChatSummaryRepository summaries;
    private final double compactionRatio;

    public SendChatMessageService(GetSessionUseCase sessions, CreateSessionUseCase create, ChatMessageRepository messages,
                                  ModelSelection models, GetCreditBalanceUseCase balance, BillableExecutor billable,
                                  ChatStopSignal stops, ClockPort clock, ChatToolbox toolbox,
                                  ChatSettingsRepository settings, ChatAttachments attachments,
                                  ChatSummaryRepository summaries, double compactionRatio) {
        this.access = new ChatAccess(sessions);
        this.create = create;
        this.messages = messages;
        this.models = models;
        this.balance = balance;
        this.billable = billable;
        this.stops = stops;
        this.clock = clock;
        this.toolbox = toolbox;
        this.settings = settings;
        this.attachments = attachments;
        this.summaries = summaries;
        this.compactionRatio = compactionRatio;
    }

    @Override
    public ChatTurn send(SendChatMessageCommand command) {
        boolean created = command.sessionId() == null;
        Session existing = created ? null : access.owned(command.owner(), command.sessionId());
        // The conversation's advanced mode: its model unless the message names one, its tools unless switched here.
        ChatSettings advanced = created ? ChatSettings.NONE : settings.find(existing.id()).orElse(ChatSettings.NONE);
        ResolvedModel model = models.resolve(command.owner(),
                command.modelId() != null ? command.modelId() : advanced.modelId());
        // Council mode: the members answer first, then the synthesis model (else the message's) writes the answer.
        List<ResolvedModel> council = command.council() == null ? List.of()
                : command.council().members().stream().map(id -> models.resolve(command.owner(), id)).toList();
        if (command.council() != null && command.council().synthesisModelId() != null) {
            model = models.resolve(command.owner(), command.council().synthesisModelId());
        }
        List<Attachment> attached = attachments.check(command.owner(), command.fileIds());
        Session session = created
                ? create.create(new CreateSessionCommand(command.owner(), nameFrom(command.content()), AppKind.CHAT, AGENT_TYPE))
                : existing;
        List<ChatMessage> earlier = messages.history(session.id());
        ChatMessage question = ChatMessage.user(session.id(), command.content(), model.modelId(), clock.now());
        messages.insert(question);
        if (!attached.isEmpty()) {
            attachments.index().attach(session.id(), question.id(), ChatAttachments.shown(attached));
        }
        // file_search is offered once the conversation has files to search
        boolean hasFiles = !attached.isEmpty() || !created && !attachments.index().files(session.id()).isEmpty();
        Set<String> offered = toolbox.offeredTo(command.owner().userId()); // e.g. github only once connected
        ChatTurnRun run = new ChatTurnRun(new ChatTurnRun.Tools(messages, balance, billable, stops, clock, toolbox,
                attachments, summaries, compactionRatio), command.owner(), created ? session : null, model, earlier, question,
                name -> (hasFiles || !name.equals(ChatToolNames.FILE_SEARCH)) && advanced.toolEnabled(name, command.tools())
                        && offered.contains(name),
                advanced, attached, council);
        return new ChatTurn(run.userMessageId(), run::stream);
    }

    private static String nameFrom(String content) {
        String line = content.strip().lines().findFirst().orElse("");
        return line.length() <= NAME_LENGTH ? line : line.substring(0, NAME_LENGTH - 1) + "…";
    }
}
