package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalListener;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sandboxes.OpenTerminalCommand;
import ai.iiagent.port.in.sandboxes.OpenTerminalUseCase;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The terminal events (reference §4.1): {@code pty_create}, {@code pty_input}, {@code pty_resize},
 * {@code pty_close} from the session's owner; {@code pty_ready}, {@code pty_output},
 * {@code pty_error}, {@code pty_closed} back to that connection only, outside the session's event
 * log (keystrokes and screens are not history). A terminal lives as long as its connection stays
 * in the session.
 */
@ApplicationScoped
public class TerminalCommands {

    static final int MAX_INPUT_CHARS = 64 * 1024;
    private static final Duration OUTPUT_PATIENCE = Duration.ofSeconds(30);
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final ErrorCode TERMINAL_NOT_FOUND = ErrorCode.of("terminal_not_found");
    private static final ErrorCode TERMINAL_EXISTS = ErrorCode.of("terminal_exists");
    private static final Logger LOG = Logger.getLogger(TerminalCommands.class);

    private final OpenTerminalUseCase openTerminal;
    private final EventEnvelopes json;

    public TerminalCommands(OpenTerminalUseCase openTerminal, EventEnvelopes json) {
        this.openTerminal = openTerminal;
        this.json = json;
    }

    /** @return the acknowledgement ({@code ok}, or false with the error also sent as {@code pty_error}) */
    Map<String, Object> handle(ClientConnection connection, String event, JsonNode payload) {
        String terminalId = null;
        try {
            terminalId = terminalId(payload, !"pty_close".equals(event));
            Membership member = connection.membership().orElseThrow(() ->
                    new ValidationException("join a session before using its terminal"));
            if (!member.owner()) {
                throw new AccessDeniedException(ErrorCode.of("auth_error"), "only the session's owner can use its terminal");
            }
            switch (event) {
                case "pty_create" -> create(connection, member, terminalId, payload);
                case "pty_input" -> {
                    String data = input(payload); // a bad payload is a bad payload, open terminal or not
                    terminal(connection, terminalId).input(data);
                }
                case "pty_resize" -> {
                    TerminalSize size = size(payload);
                    terminal(connection, terminalId).resize(size);
                }
                case "pty_close" -> close(connection, terminalId);
                default -> throw new ValidationException("unknown terminal event: " + event);
            }
            return Map.of("ok", true);
        } catch (DomainException e) {
            Map<String, Object> error = SocketErrors.content(e);
            send(connection, "pty_error", withTerminal(terminalId, error));
            Map<String, Object> ack = new LinkedHashMap<>(error);
            ack.put("ok", false);
            return ack;
        }
    }

    private void create(ClientConnection connection, Membership member, String terminalId, JsonNode payload) {
        Identity caller = connection.identity().orElseThrow(() -> new AuthenticationRequiredException("authenticate first"));
        if (connection.terminals().has(terminalId)) {
            throw new ConflictException(TERMINAL_EXISTS, "terminal '" + terminalId + "' is already open");
        }
        TerminalSize size = size(payload);
        AtomicReference<Terminal> opened = new AtomicReference<>();
        Relay relay = new Relay(connection, terminalId, opened);
        Terminal terminal = openTerminal.open(new OpenTerminalCommand(caller, member.sessionId(), size, relay));
        opened.set(terminal);
        connection.terminals().add(terminalId, member.sessionId(), terminal);
        if (relay.ended) {
            connection.terminals().ended(terminalId, terminal); // it ended before it was registered
        }
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("terminal_id", terminalId);
        ready.put("rows", size.rows());
        ready.put("cols", size.cols());
        send(connection, "pty_ready", ready);
    }

    private static void close(ClientConnection connection, String terminalId) {
        if (terminalId == null) {
            connection.terminals().closeAll();
        } else {
            Terminal terminal = terminal(connection, terminalId);
            terminal.close();
            connection.terminals().ended(terminalId, terminal); // the id is free again at once
        }
    }

    private static Terminal terminal(ClientConnection connection, String terminalId) {
        return connection.terminals().get(terminalId).orElseThrow(() ->
                new NotFoundException(TERMINAL_NOT_FOUND, "no open terminal '" + terminalId + "' on this connection"));
    }

    private void send(ClientConnection connection, String event, Map<String, Object> data) {
        connection.sendNamed(event, json.write(data));
    }

    private static Map<String, Object> withTerminal(String terminalId, Map<String, Object> content) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (terminalId != null) {
            data.put("terminal_id", terminalId);
        }
        data.putAll(content);
        return data;
    }

    private static String terminalId(JsonNode payload, boolean required) {
        JsonNode value = payload.get("terminal_id");
        if (value == null || value.isNull()) {
            if (required) {
                throw new ValidationException("terminal_id is required");
            }
            return null;
        }
        if (!value.isTextual() || !TERMINAL_ID.matcher(value.asText()).matches()) {
            throw new ValidationException("terminal_id must be 1-64 letters, digits or _.:-");
        }
        return value.asText();
    }

    private static String input(JsonNode payload) {
        JsonNode data = payload.get("data");
        if (data == null || !data.isTextual()) {
            throw new ValidationException("pty_input needs data (a string)");
        }
        if (data.asText().length() > MAX_INPUT_CHARS) {
            throw new ValidationException("pty_input data is limited to " + MAX_INPUT_CHARS + " characters per event");
        }
        return data.asText();
    }

    private static TerminalSize size(JsonNode payload) {
        return new TerminalSize(dimension(payload, "rows", TerminalSize.DEFAULT.rows()),
                dimension(payload, "cols", TerminalSize.DEFAULT.cols()));
    }

    private static int dimension(JsonNode payload, String field, int fallback) {
        JsonNode value = payload.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt()) {
            throw new ValidationException(field + " must be an integer");
        }
        return value.asInt();
    }

    /** Terminal output to the one connection; a client that stops reading slows the terminal down, then ends it. */
    private final class Relay implements TerminalListener {

        private final ClientConnection connection;
        private final String terminalId;
        private final AtomicReference<Terminal> opened;
        private volatile boolean ended;

        Relay(ClientConnection connection, String terminalId, AtomicReference<Terminal> opened) {
            this.connection = connection;
            this.terminalId = terminalId;
            this.opened = opened;
        }

        @Override
        public boolean output(String data) {
            try {
                return connection.putNamed("pty_output", json.write(Map.of("terminal_id", terminalId, "data", data)),
                        OUTPUT_PATIENCE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void closed(int exitCode) {
            ended = true;
            Terminal terminal = opened.get();
            if (terminal != null) {
                connection.terminals().ended(terminalId, terminal);
            }
            LOG.debugf("terminal %s on connection %s ended (%d)", terminalId, connection.id(), exitCode);
            send(connection, "pty_closed", Map.of("terminal_id", terminalId, "exit_code", exitCode));
        }
    }
}
