package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.sessions.MarkKind;
import ai.iiagent.port.in.sessions.ListMarkedSessionsQuery;
import ai.iiagent.port.in.sessions.ListMarkedSessionsUseCase;
import ai.iiagent.port.in.sessions.MarkSessionCommand;
import ai.iiagent.port.in.sessions.MarkSessionUseCase;
import ai.iiagent.domain.sessions.MarkedSession;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Pins and wishlist: {@code /v1/sessions/pins} and {@code /v1/sessions/wishlist}, same shapes as the original. */
@Path("/v1/sessions/{list: pins|wishlist}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SessionMarkResource {

    public record MarkedSessionResponse(UUID id, UUID sessionId, String sessionName, String agentType, Instant createdAt,
                                Instant sessionCreatedAt, Instant lastMessageAt) {
    }

    public record MarkedSessionsResponse(List<MarkedSessionResponse> sessions, int total) {
    }

    public record MarkResult(boolean success, String message, UUID sessionId) {
    }

    private final CurrentIdentity caller;
    private final MarkSessionUseCase mark;
    private final ListMarkedSessionsUseCase list;

    public SessionMarkResource(CurrentIdentity caller, MarkSessionUseCase mark, ListMarkedSessionsUseCase list) {
        this.caller = caller;
        this.mark = mark;
        this.list = list;
    }

    @GET
    @Operation(summary = "Pinned or wishlisted live sessions, most recently marked first")
    public MarkedSessionsResponse list(@PathParam("list") String listName) {
        List<MarkedSessionResponse> sessions = list.list(new ListMarkedSessionsQuery(caller.get(), kind(listName))).stream()
                .map(SessionMarkResource::toWire).toList();
        return new MarkedSessionsResponse(sessions, sessions.size());
    }

    @POST
    @Path("/{id}")
    @Operation(summary = "Pin / add to wishlist (idempotent)")
    public MarkResult add(@PathParam("list") String listName, @PathParam("id") String id) {
        return change(listName, id, true);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unpin / remove from wishlist (idempotent)")
    public MarkResult remove(@PathParam("list") String listName, @PathParam("id") String id) {
        return change(listName, id, false);
    }

    private MarkResult change(String listName, String id, boolean on) {
        MarkKind kind = kind(listName);
        var sessionId = SessionIds.parse(id);
        boolean changed = mark.mark(new MarkSessionCommand(caller.get(), sessionId, kind, on));
        String list = kind == MarkKind.PIN ? "pins" : "wishlist";
        String message = (on ? (changed ? "added to " : "already in ") : (changed ? "removed from " : "not in ")) + list;
        return new MarkResult(true, message, sessionId.value());
    }

    private static MarkKind kind(String listName) {
        return "pins".equals(listName) ? MarkKind.PIN : MarkKind.WISHLIST;
    }

    private static MarkedSessionResponse toWire(MarkedSession view) {
        return new MarkedSessionResponse(view.markId(), view.sessionId().value(), view.sessionName(), view.agentType(),
                view.markedAt(), view.sessionCreatedAt(), view.lastMessageAt());
    }
}
