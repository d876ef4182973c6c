package ai.iiagent.adapter.http.chat;

import ai.iiagent.adapter.http.shared.BlockingEventStream;
import ai.iiagent.adapter.http.chat.ChatWire.DeleteResponse;
import ai.iiagent.adapter.http.chat.ChatWire.HistoryResponse;
import ai.iiagent.adapter.http.chat.ChatWire.SendMessageRequest;
import ai.iiagent.adapter.http.chat.ChatWire.StopResponse;
import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.chat.ChatCouncil;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.ChatStopResult;
import ai.iiagent.port.in.chat.ChatTurn;
import ai.iiagent.port.in.chat.ClearChatHistoryUseCase;
import ai.iiagent.port.in.chat.DeleteChatMessagesCommand;
import ai.iiagent.port.in.chat.DeleteChatMessagesFromUseCase;
import ai.iiagent.port.in.chat.GetChatHistoryQuery;
import ai.iiagent.port.in.chat.GetChatHistoryUseCase;
import ai.iiagent.port.in.chat.SendChatMessageCommand;
import ai.iiagent.port.in.chat.SendChatMessageUseCase;
import ai.iiagent.port.in.chat.StopChatTurnCommand;
import ai.iiagent.port.in.chat.StopChatTurnUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Chat mode: one model turn per message, streamed as server-sent events; the history of a chat session. */
@Path("/v1/chat/conversations")
@Authenticated
@Singleton
public class ChatResource {

    private final CurrentIdentity caller;
    private final SendChatMessageUseCase send;
    private final StopChatTurnUseCase stop;
    private final GetChatHistoryUseCase history;
    private final DeleteChatMessagesFromUseCase deleteFrom;
    private final ClearChatHistoryUseCase clear;
    private final ObjectMapper json;

    public ChatResource(CurrentIdentity caller, SendChatMessageUseCase send, StopChatTurnUseCase stop,
                        GetChatHistoryUseCase history, DeleteChatMessagesFromUseCase deleteFrom,
                        ClearChatHistoryUseCase clear, ObjectMapper json) {
        this.caller = caller;
        this.send = send;
        this.stop = stop;
        this.history = history;
        this.deleteFrom = deleteFrom;
        this.clear = clear;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Send a chat message; the answer streams as events (a new chat session when session_id is absent)")
    @Blocking
    public Multi<OutboundSseEvent> send(SendMessageRequest body, @Context Sse sse) {
        SendMessageRequest request = body == null ? new SendMessageRequest(null, null, null, null, null, null) : body;
        ChatTurn turn = send.send(new SendChatMessageCommand(caller.get(), request.content(), request.modelId(),
                request.sessionId() == null ? null : SessionIds.parse(request.sessionId()), request.tools(),
                request.fileIds(), request.council() == null ? null
                        : new ChatCouncil(request.council().models(), request.council().synthesisModel())));
        return BlockingEventStream.of(sse, json, events -> turn.stream(new SseChatTurnListener(events)));
    }

    @POST
    @Path("/{sid}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop the session's running chat turn")
    public StopResponse stop(@PathParam("sid") String sessionId) {
        ChatStopResult result = stop.stop(new StopChatTurnCommand(caller.get(), SessionIds.parse(sessionId)));
        return new StopResponse(result.stopped(), result.userMessageId() == null ? null : result.userMessageId().value());
    }

    @GET
    @Path("/{sid}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of the chat history: the newest messages before `before`, oldest first")
    public HistoryResponse history(@PathParam("sid") String sessionId, @QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam("before") String before) {
        ChatHistoryPage page = history.history(new GetChatHistoryQuery(caller.get(), SessionIds.parse(sessionId), limit,
                before == null || before.isBlank() ? null : messageId(before)));
        return ChatWire.history(page);
    }

    @DELETE
    @Path("/{sid}/messages/{mid}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete a chat message and everything after it")
    public DeleteResponse deleteFrom(@PathParam("sid") String sessionId, @PathParam("mid") String messageId) {
        int deleted = deleteFrom.deleteFrom(new DeleteChatMessagesCommand(caller.get(), SessionIds.parse(sessionId),
                messageId(messageId)));
        return new DeleteResponse(true, deleted, "Deleted " + deleted + " messages");
    }

    @DELETE
    @Path("/{sid}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clear the chat history (the session stays)")
    public DeleteResponse clear(@PathParam("sid") String sessionId) {
        int deleted = clear.clear(new DeleteChatMessagesCommand(caller.get(), SessionIds.parse(sessionId), null));
        return new DeleteResponse(true, deleted, "Chat history cleared");
    }

    private static ChatMessageId messageId(String raw) {
        try {
            return new ChatMessageId(UUID.fromString(raw));
        } catch (IllegalArgumentException malformed) {
            throw new ChatMessageNotFoundException(new ChatMessageId(new UUID(0, 0)));
        }
    }
}
