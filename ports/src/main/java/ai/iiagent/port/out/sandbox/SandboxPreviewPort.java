package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.port.out.NotBillable;
import java.net.InetSocketAddress;

/**
 * Reaching a server that the agent started inside a session's sandbox, for the owner's preview,
 * without giving the sandbox any network of its own: the provider answers an address on this host
 * (a relay it runs) whose connections arrive at {@code 127.0.0.1:port} inside the sandbox. Nothing
 * in the sandbox can use the relay to reach out: it only ever connects inwards, to that one port.
 */
public interface SandboxPreviewPort {

    /** {@code NotFoundException}: nothing in the session's sandbox listens on the port (not started yet, or exited). */
    ErrorCode NOT_LISTENING = ErrorCode.of("preview_not_listening");

    /**
     * The host-local address whose connections reach {@code 127.0.0.1:port} (or {@code [::1]:port})
     * in the session's sandbox. Cheap when called again while the same server still listens.
     *
     * @param port a TCP port, 1 to 65535
     * @throws ai.iiagent.domain.shared.NotFoundException {@link #NOT_LISTENING} when no process of the
     *         session's sandbox listens on that port
     */
    @NotBillable("forwards the owner's own requests to a server already running in the sandbox; allocates no sandbox")
    InetSocketAddress relay(SessionId sessionId, int port);

    /** Stops every relay of the session (its sandbox is being destroyed, or its previews are closed). */
    @NotBillable("cleanup")
    void close(SessionId sessionId);
}
