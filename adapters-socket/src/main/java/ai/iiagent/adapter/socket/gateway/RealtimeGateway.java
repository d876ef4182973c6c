package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.auth.AuthenticateQuery;
import ai.iiagent.port.in.auth.AuthenticateUseCase;
import ai.iiagent.port.in.sessions.JoinSessionCommand;
import ai.iiagent.port.in.sessions.JoinSessionUseCase;
import ai.iiagent.port.in.sessions.JoinedSession;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What both socket endpoints do, whatever their framing: authenticate, join and leave sessions,
 * dispatch commands and answer on the one connection. Endpoints only parse and frame.
 */
@ApplicationScoped
public class RealtimeGateway {

    private static final Logger LOG = Logger.getLogger(RealtimeGateway.class);

    private final AuthenticateUseCase authenticate;
    private final JoinSessionUseCase joinSession;
    private final SessionRooms rooms;
    private final CommandDispatcher commands;
    private final EventEnvelopes envelopes;
    private final RealtimeSettings settings;
    private final LivenessMonitor liveness;
    private final TerminalCommands terminals;
    private final ConnectionCloser closer;

    public RealtimeGateway(AuthenticateUseCase authenticate, JoinSessionUseCase joinSession, SessionRooms rooms,
                           CommandDispatcher commands, EventEnvelopes envelopes, RealtimeSettings settings,
                           TerminalCommands terminals) {
        this.terminals = terminals;
        this.authenticate = authenticate;
        this.joinSession = joinSession;
        this.rooms = rooms;
        this.commands = commands;
        this.envelopes = envelopes;
        this.settings = settings;
        this.liveness = new LivenessMonitor(settings);
        this.closer = new ConnectionCloser(settings.closeGrace());
    }

    public RealtimeSettings settings() {
        return settings;
    }

    public ClientConnection open(String id, SocketTransport transport) {
        ClientConnection connection = new ClientConnection(id, transport, settings.outboundQueueFrames(),
                settings.outboundQueueBytes(), closer);
        liveness.watch(connection);
        return connection;
    }

    /** @throws AuthenticationRequiredException for a missing, bad, expired or revoked credential */
    public Identity authenticate(ClientConnection connection, String credential) {
        if (credential == null || credential.isBlank()) {
            throw new AuthenticationRequiredException("a bearer token or API key is required");
        }
        Identity who = authenticate.authenticate(new AuthenticateQuery(credential.strip()));
        connection.authenticatedAs(who);
        return who;
    }

    /** Joins (or creates, without an id) a session, replies {@code connection.established}, then replays and goes live. */
    public JoinedSession join(ClientConnection connection, String sessionUuid, long lastSeq) throws InterruptedException {
        Identity caller = connection.identity().orElseThrow(() -> new AuthenticationRequiredException("authenticate first"));
        if (lastSeq < 0) {
            throw new ValidationException("last_seq must be 0 or more");
        }
        JoinedSession joined = joinSession.join(new JoinSessionCommand(caller, parseSessionId(sessionUuid)));
        SessionId sessionId = joined.session().id();
        if (connection.membership().filter(member -> !member.sessionId().equals(sessionId)).isPresent()) {
            connection.terminals().closeAll(); // a terminal belongs to the session it was opened in
        }
        // A last_seq beyond the log comes from another history (a reset database, another server): start over.
        boolean resync = lastSeq > 0 && lastSeq > rooms.latestSeq(sessionId);
        long from = resync ? 0 : lastSeq;
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("message", sessionUuid == null ? "Session created" : "Joined session");
        content.put("session_id", sessionId.toString());
        content.put("is_owner", joined.owner());
        content.put("last_seq", from);
        content.put("resync", resync);
        connection.sendEvent(envelopes.direct(EventName.CONNECTION_ESTABLISHED, sessionId, from, content), false);
        rooms.join(connection, sessionId, joined.owner(), from);
        return joined;
    }

    public void leave(ClientConnection connection) {
        connection.terminals().closeAll();
        rooms.leave(connection);
    }

    /** {@code pty_create}, {@code pty_input}, {@code pty_resize}, {@code pty_close}; errors come back as {@code pty_error}. */
    public Map<String, Object> terminal(ClientConnection connection, String event, JsonNode payload) {
        return terminals.handle(connection, event, payload);
    }

    /**
     * Runs a {@code chat_message}; failures come back as {@code system.error} to this connection only.
     *
     * @return {@code ok} true, or false with the error's content
     */
    public Map<String, Object> chatMessage(ClientConnection connection, String sessionUuid, String command, Map<String, Object> payload) {
        try {
            Identity caller = connection.identity().orElseThrow(() -> new AuthenticationRequiredException("authenticate first"));
            Membership member = connection.membership().orElse(null);
            SessionId target = sessionUuid != null ? parseSessionId(sessionUuid) : member == null ? null : member.sessionId();
            if (target == null) {
                throw new ValidationException("join a session (or give session_uuid) before sending commands");
            }
            SessionOwnership.Joined joined = member == null || !member.sessionId().equals(target)
                    ? SessionOwnership.Joined.NOT_JOINED
                    : member.owner() ? SessionOwnership.Joined.AS_OWNER : SessionOwnership.Joined.AS_VIEWER;
            commands.dispatch(caller, target, joined, command, payload).ifPresent(reply -> connection.sendEvent(
                    envelopes.reply(reply.name(), target, seqOf(connection), reply.content()), true));
            return Map.of("ok", true);
        } catch (DomainException e) {
            return failed(connection, SocketErrors.content(e));
        } catch (RuntimeException e) {
            LOG.errorf(e, "chat_message failed on connection %s", connection.id());
            return failed(connection, SocketErrors.unexpected());
        }
    }

    private Map<String, Object> failed(ClientConnection connection, Map<String, Object> error) {
        sendError(connection, error);
        Map<String, Object> ack = new LinkedHashMap<>(error);
        ack.put("ok", false);
        return ack;
    }

    public void sendError(ClientConnection connection, Map<String, Object> content) {
        SessionId session = connection.membership().map(Membership::sessionId).orElse(null);
        // A refusal is a reply to one connection: transient, never stored, whatever system.error's delivery is.
        connection.sendEvent(envelopes.reply(EventName.SYSTEM_ERROR, session, seqOf(connection), content), false);
    }

    public void seen(ClientConnection connection) {
        connection.seen();
    }

    public void closed(ClientConnection connection) {
        connection.terminals().closeAll();
        rooms.leave(connection);
        liveness.forget(connection);
    }

    public EventEnvelopes envelopes() {
        return envelopes;
    }

    @PreDestroy
    void stop() {
        liveness.close();
        closer.close();
    }

    private static long seqOf(ClientConnection connection) {
        return connection.membership().map(Membership::deliveredSeq).orElse(0L);
    }

    private static SessionId parseSessionId(String uuid) {
        if (uuid == null || uuid.isBlank()) {
            return null;
        }
        try {
            return new SessionId(UUID.fromString(uuid.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("session_uuid is not a UUID: " + uuid);
        }
    }
}
