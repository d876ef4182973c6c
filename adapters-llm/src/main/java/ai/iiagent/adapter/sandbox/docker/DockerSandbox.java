package ai.iiagent.adapter.sandbox.docker;

import ai.iiagent.adapter.sandbox.remote.RemotePaths;
import ai.iiagent.adapter.sandbox.remote.RemoteShellSandbox;
import ai.iiagent.adapter.sandbox.remote.Shell;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sandboxes as Docker containers through the Engine API ({@link EngineClient}): one container
 * {@code iiagent-<session>} per session, labelled as ours, kept alive by {@code sleep infinity}, with
 * no network (unless configured), memory/CPU/process limits, all capabilities dropped and
 * no-new-privileges, and a named volume {@code iiagent-ws-<session>} at {@code /workspace}. Commands
 * are execs with a {@code timeout -s KILL} wrapper; files go through the archive endpoints (tar).
 * The container name is derived from the session, so no in-memory state is needed to find it again.
 */
public final class DockerSandbox extends RemoteShellSandbox {

    public static final String KIND = "docker";
    static final String WORKSPACE = "/workspace";
    static final String MANAGED_LABEL = "ai.iiagent.managed";
    static final String SESSION_LABEL = "ai.iiagent.session";
    private static final int MAX_RESPONSE = MAX_TRANSFER_BYTES + 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerSandboxConfig config;
    private final EngineClient engine;

    public DockerSandbox(DockerSandboxConfig config) {
        this.config = config;
        this.engine = new EngineClient(config.host(), MAX_RESPONSE);
    }

    /** Fails with {@code sandbox_unavailable} unless the Engine answers {@code GET /_ping}; for start-up checks. */
    public void ping() {
        EngineClient.Response pong = engine.send("GET", "/_ping", null, null, config.requestTimeout());
        if (!pong.ok()) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "the Docker Engine at " + config.host()
                    + " answered /_ping with " + pong.status());
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected String workspace() {
        return WORKSPACE;
    }

    @Override
    public SandboxInstance ensure(SessionId sessionId, CreditReservation reservation) {
        SandboxStatus status = status(sessionId);
        if (status == SandboxStatus.ABSENT) {
            create(sessionId);
        } else if (status == SandboxStatus.PAUSED) {
            resume(sessionId);
        }
        return instance(sessionId, SandboxStatus.RUNNING);
    }

    private void create(SessionId sessionId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("Image", config.image());
        body.putArray("Cmd").add("sleep").add("infinity");
        body.put("WorkingDir", WORKSPACE);
        body.put("Hostname", "sandbox");
        body.put("NetworkDisabled", !config.network());
        body.putObject("Labels").put(MANAGED_LABEL, "true").put(SESSION_LABEL, sessionId.toString());
        ObjectNode host = body.putObject("HostConfig");
        host.put("NetworkMode", config.network() ? "bridge" : "none");
        host.put("Memory", config.memoryBytes());
        host.put("MemorySwap", config.memoryBytes());
        host.put("NanoCpus", config.nanoCpus());
        host.put("PidsLimit", config.pidsLimit());
        host.putArray("CapDrop").add("ALL");
        host.putArray("SecurityOpt").add("no-new-privileges");
        host.putArray("Mounts").addObject().put("Type", "volume").put("Source", volume(sessionId)).put("Target", WORKSPACE);
        EngineClient.Response created = call("POST", "/containers/create?name=" + name(sessionId), body);
        if (created.status() == 404) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "the sandbox image " + config.image()
                    + " is not on the Docker host: docker pull " + config.image());
        }
        if (created.status() != 409) { // 409: created meanwhile by another call
            require(created, "create the container");
        }
        require(call("POST", "/containers/" + name(sessionId) + "/start", null), "start the container");
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        return instance(sessionId, status(sessionId));
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        SandboxStatus now = status(sessionId);
        if (now == SandboxStatus.RUNNING) {
            require(call("POST", "/containers/" + name(sessionId) + "/pause", null), "pause the container");
            return SandboxStatus.PAUSED;
        }
        return now;
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        JsonNode state = inspect(sessionId);
        if (state == null) {
            return SandboxStatus.ABSENT;
        }
        String status = state.path("State").path("Status").asText();
        if (status.equals("paused")) {
            require(call("POST", "/containers/" + name(sessionId) + "/unpause", null), "unpause the container");
        } else if (!status.equals("running")) {
            require(call("POST", "/containers/" + name(sessionId) + "/start", null), "start the container");
        }
        return SandboxStatus.RUNNING;
    }

    @Override
    public void destroy(SessionId sessionId) {
        EngineClient.Response removed = call("DELETE", "/containers/" + name(sessionId) + "?force=true&v=true", null);
        if (removed.status() != 404) {
            require(removed, "remove the container");
        }
        EngineClient.Response volume = call("DELETE", "/volumes/" + volume(sessionId) + "?force=true", null);
        if (volume.status() != 404) {
            require(volume, "remove the workspace volume");
        }
    }

    @Override
    public SandboxStatus status(SessionId sessionId) {
        JsonNode state = inspect(sessionId);
        if (state == null) {
            return SandboxStatus.ABSENT;
        }
        return state.path("State").path("Status").asText().equals("running") ? SandboxStatus.RUNNING : SandboxStatus.PAUSED;
    }

    @Override
    public List<SessionId> list() {
        String filters = URLEncoder.encode("{\"label\":[\"" + MANAGED_LABEL + "=true\"]}", StandardCharsets.UTF_8);
        EngineClient.Response listed = call("GET", "/containers/json?all=true&filters=" + filters, null);
        require(listed, "list containers");
        List<SessionId> sessions = new ArrayList<>();
        for (JsonNode container : read(listed)) {
            String session = container.path("Labels").path(SESSION_LABEL).asText("");
            try {
                sessions.add(new SessionId(UUID.fromString(session)));
            } catch (IllegalArgumentException notOurs) {
                // labelled by hand or by another tool: not a session of ours
            }
        }
        return sessions;
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        ensure(sessionId, reservation);
        return exec(sessionId, request, reservation);
    }

    @Override
    protected CommandResult exec(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        ObjectNode body = JSON.createObjectNode();
        body.put("AttachStdout", true).put("AttachStderr", true).put("AttachStdin", false).put("Tty", false)
                .put("WorkingDir", WORKSPACE);
        var cmd = body.putArray("Cmd");
        for (String part : Shell.bounded(request.command(), request.timeout())) {
            cmd.add(part);
        }
        EngineClient.Response created = call("POST", "/containers/" + name(sessionId) + "/exec", body);
        if (created.status() == 404) {
            throw new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no sandbox container");
        }
        require(created, "create an exec");
        String execId = read(created).path("Id").asText();
        long started = System.nanoTime();
        EngineClient.Response output = engine.send("POST", "/exec/" + execId + "/start", "application/json",
                "{\"Detach\":false,\"Tty\":false}".getBytes(StandardCharsets.UTF_8), request.timeout().plusSeconds(15));
        require(output, "start the exec");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        EngineClient.Response inspected = call("GET", "/exec/" + execId + "/json", null);
        require(inspected, "read the exec's exit code");
        int exit = read(inspected).path("ExitCode").asInt(-1);
        StreamDemux streams = StreamDemux.of(output.body(), request.outputLimitBytes());
        return new CommandResult(exit, streams.stdout(), streams.stderr(), streams.truncated(),
                Shell.timedOut(exit, elapsed, request.timeout()), elapsed);
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        String file = RemotePaths.resolve(WORKSPACE, path);
        EngineClient.Response archive = engine.send("GET", "/containers/" + name(sessionId) + "/archive?path="
                + URLEncoder.encode(file, StandardCharsets.UTF_8), null, null, config.requestTimeout());
        if (archive.status() == 404) {
            throw new NotFoundException(SandboxErrors.FILE_NOT_FOUND, "no such file in the sandbox: " + path);
        }
        require(archive, "read " + path);
        byte[] content = Tar.firstFile(archive.body());
        if (content == null) {
            throw new NotFoundException(SandboxErrors.FILE_NOT_FOUND, "not a regular file in the sandbox: " + path);
        }
        return content;
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        String relative = RemotePaths.relative(WORKSPACE, RemotePaths.resolve(WORKSPACE, path));
        if (relative.isEmpty()) {
            throw new IllegalArgumentException("a file needs a name");
        }
        ensure(sessionId, reservation);
        List<String> dirs = new ArrayList<>();
        String[] parts = relative.split("/");
        for (int i = 1; i < parts.length; i++) {
            dirs.add(String.join("/", java.util.Arrays.copyOfRange(parts, 0, i)));
        }
        EngineClient.Response put = engine.send("PUT", "/containers/" + name(sessionId) + "/archive?path="
                + URLEncoder.encode(WORKSPACE, StandardCharsets.UTF_8), "application/x-tar",
                Tar.of(dirs, relative, content), config.requestTimeout());
        require(put, "write " + path);
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        throw new ConflictException(SandboxErrors.OPERATION_UNSUPPORTED, "Docker sandboxes publish no ports"
                + " (containers have no network by default)");
    }

    private SandboxInstance instance(SessionId sessionId, SandboxStatus status) {
        return new SandboxInstance(name(sessionId), status, Map.of("image", config.image()));
    }

    private JsonNode inspect(SessionId sessionId) {
        EngineClient.Response inspected = call("GET", "/containers/" + name(sessionId) + "/json", null);
        if (inspected.status() == 404) {
            return null;
        }
        require(inspected, "inspect the container");
        return read(inspected);
    }

    private EngineClient.Response call(String method, String path, JsonNode body) {
        try {
            return engine.send(method, path, body == null ? null : "application/json",
                    body == null ? null : JSON.writeValueAsBytes(body), config.requestTimeout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(EngineClient.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "the Docker Engine sent invalid JSON");
        }
    }

    private static void require(EngineClient.Response response, String what) {
        if (!response.ok()) {
            String message = response.text();
            try {
                message = JSON.readTree(response.body()).path("message").asText(message);
            } catch (IOException ignored) {
                // not JSON: keep the raw text
            }
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "Docker could not " + what + " ("
                    + response.status() + "): " + message);
        }
    }

    static String name(SessionId sessionId) {
        return "iiagent-" + sessionId;
    }

    static String volume(SessionId sessionId) {
        return "iiagent-ws-" + sessionId;
    }
}
