package ai.iiagent.adapter.http.chat;

import ai.iiagent.adapter.http.chat.ChatWire.HistoryResponse;
import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatMessageNotFoundException;
import ai.iiagent.port.in.chat.ChatHistoryPage;
import ai.iiagent.port.in.chat.GetPublicChatHistoryQuery;
import ai.iiagent.port.in.chat.GetPublicChatHistoryUseCase;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The history of a published chat, without sign-in; a private, deleted or agent session is 404. */
@Path("/v1/public/chat/conversations/{sid}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicChatResource {

    private final GetPublicChatHistoryUseCase history;

    public PublicChatResource(GetPublicChatHistoryUseCase history) {
        this.history = history;
    }

    @GET
    @Operation(summary = "A page of a published chat's history, as the owner's history endpoint")
    public HistoryResponse history(@PathParam("sid") String sessionId, @QueryParam("limit") @DefaultValue("50") int limit,
                                   @QueryParam("before") String before) {
        ChatHistoryPage page = history.history(new GetPublicChatHistoryQuery(SessionIds.parse(sessionId),
                limit, before == null || before.isBlank() ? null : messageId(before)));
        return ChatWire.history(page);
    }

    private static ChatMessageId messageId(String raw) {
        try {
            return new ChatMessageId(UUID.fromString(raw));
        } catch (IllegalArgumentException malformed) {
            throw new ChatMessageNotFoundException(new ChatMessageId(new UUID(0, 0)));
        }
    }
}
