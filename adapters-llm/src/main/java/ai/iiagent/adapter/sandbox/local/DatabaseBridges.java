package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import ai.iiagent.port.out.sandbox.SandboxDatabaseBridgePort;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A project's database inside the local sandbox, which has no network (docs/projects.md "Database"):
 * per session, the app listens on a Unix socket in a directory of its own (next to the sandboxes'
 * root, mode 0700, so nothing in a sandbox can swap what is bound or chmod-ed there) and hard-links
 * that socket into the workspace root as {@code /workspace/.s.PGSQL.5432} (libpq's name; a link is
 * made only by name in the workspace root, whose directory the sandbox cannot replace, and never
 * follows a link the sandbox made). Each connection is let through only if its start-up message logs
 * in as the endpoint's role to the endpoint's database (SSL and GSS requests are answered "no",
 * replication and cancel requests are refused); then bytes are copied to the database server as is.
 */
public final class DatabaseBridges implements SandboxDatabaseBridgePort {

    private static final int SSL_REQUEST = 80_877_103;
    private static final int GSS_REQUEST = 80_877_104;
    private static final int PROTOCOL_3 = 196_608;
    private static final int MAX_STARTUP = 10_000;

    private final BubblewrapSandbox sandbox;
    private final Map<SessionId, Bridge> bridges = new ConcurrentHashMap<>();

    DatabaseBridges(BubblewrapSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String open(SessionId sessionId, DatabaseEndpoint endpoint) {
        Bridge bridge = bridges.compute(sessionId, (id, old) -> {
            if (old != null && old.endpoint.equals(endpoint) && old.server.isOpen()) {
                return old;
            }
            if (old != null) {
                old.close();
            }
            return start(id, endpoint);
        });
        link(bridge, sandbox.workspace(sessionId).resolve(SOCKET_FILE));
        return BubblewrapCommandLine.WORKSPACE;
    }

    @Override
    public void close(SessionId sessionId) {
        Bridge bridge = bridges.remove(sessionId);
        if (bridge != null) {
            bridge.close();
        }
    }

    private Bridge start(SessionId sessionId, DatabaseEndpoint endpoint) {
        try {
            Path directory = sandbox.config().root().toAbsolutePath().resolveSibling(
                    sandbox.config().root().getFileName() + "-db");
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            Path socket = directory.resolve(sessionId.value().toString().replace("-", "") + ".sock");
            if (socket.toString().length() > 100) {
                throw new IOException("the socket path is too long for a Unix socket: " + socket);
            }
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rwxrwxrwx"));
            Bridge bridge = new Bridge(endpoint, server, socket);
            Thread.ofVirtual().name("db-bridge-" + sessionId).start(bridge::accept);
            return bridge;
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not open the database socket: " + e);
        }
    }

    // Replaces whatever the sandbox put at that name (deleting a link never follows it), then hard-links the socket.
    private static void link(Bridge bridge, Path inWorkspace) {
        try {
            Object wanted = Files.readAttributes(bridge.socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (Files.exists(inWorkspace, LinkOption.NOFOLLOW_LINKS)) {
                Object present = Files.readAttributes(inWorkspace, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .fileKey();
                if (Objects.equals(present, wanted)) {
                    return;
                }
                Files.delete(inWorkspace);
            }
            Files.createLink(inWorkspace, bridge.socket);
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not place the database socket: " + e);
        }
    }

    private static final class Bridge {
        final DatabaseEndpoint endpoint;
        final ServerSocketChannel server;
        final Path socket;

        Bridge(DatabaseEndpoint endpoint, ServerSocketChannel server, Path socket) {
            this.endpoint = endpoint;
            this.server = server;
            this.socket = socket;
        }

        void accept() {
            while (server.isOpen()) {
                try {
                    SocketChannel client = server.accept();
                    Thread.ofVirtual().start(() -> serve(client));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        void serve(SocketChannel client) {
            try (client) {
                ByteBuffer startup = null;
                for (int attempt = 0; attempt < 3 && startup == null; attempt++) {
                    ByteBuffer length = readFully(client, 4);
                    int size = length.getInt(0);
                    if (size < 8 || size > MAX_STARTUP) {
                        return;
                    }
                    ByteBuffer body = readFully(client, size - 4);
                    int code = body.getInt(0);
                    if (code == SSL_REQUEST || code == GSS_REQUEST) {
                        client.write(ByteBuffer.wrap(new byte[] {'N'}));
                    } else if (code == PROTOCOL_3) {
                        startup = ByteBuffer.allocate(size).putInt(size).put(body.rewind()).flip();
                        Map<String, String> parameters = parameters(body);
                        String user = parameters.get("user");
                        String database = parameters.getOrDefault("database", user);
                        if (!endpoint.role().equals(user) || !endpoint.database().equals(database)
                                || parameters.containsKey("replication")) {
                            refuse(client, "this socket only reaches the project's own database as its own role");
                            return;
                        }
                    } else {
                        return; // cancel requests and unknown protocols
                    }
                }
                if (startup == null) {
                    return;
                }
                try (SocketChannel upstream = SocketChannel.open(new InetSocketAddress(endpoint.host(), endpoint.port()))) {
                    while (startup.hasRemaining()) {
                        upstream.write(startup);
                    }
                    Thread back = Thread.ofVirtual().start(() -> pump(upstream, client));
                    pump(client, upstream);
                    upstream.shutdownOutput();
                    back.join();
                }
            } catch (IOException | InterruptedException | RuntimeException ended) {
                // the client or the server went away: the connection ends
            }
        }

        void close() {
            try {
                server.close();
                Files.deleteIfExists(socket);
            } catch (IOException ignored) {
                // best effort: the socket file is replaced on the next open
            }
        }
    }

    private static Map<String, String> parameters(ByteBuffer body) {
        Map<String, String> parameters = new HashMap<>();
        byte[] bytes = new byte[body.limit() - 4];
        body.get(4, bytes);
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\0", -1);
        for (int i = 0; i + 1 < parts.length && !parts[i].isEmpty(); i += 2) {
            parameters.put(parts[i], parts[i + 1]);
        }
        return parameters;
    }

    private static void refuse(SocketChannel client, String message) throws IOException {
        byte[] fields = ("SFATAL\0C28000\0M" + message + "\0\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer error = ByteBuffer.allocate(5 + fields.length).order(ByteOrder.BIG_ENDIAN);
        error.put((byte) 'E').putInt(4 + fields.length).put(fields).flip();
        while (error.hasRemaining()) {
            client.write(error);
        }
    }

    private static ByteBuffer readFully(SocketChannel channel, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("closed during start-up");
            }
        }
        return buffer.flip();
    }

    private static void pump(ByteChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (IOException ended) {
            // one side closed
        }
    }
}
