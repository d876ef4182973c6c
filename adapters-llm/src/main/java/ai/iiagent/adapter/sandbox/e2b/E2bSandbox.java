package ai.iiagent.adapter.sandbox.e2b;

import ai.iiagent.adapter.sandbox.remote.RemotePaths;
import ai.iiagent.adapter.sandbox.remote.RemoteShellSandbox;
import ai.iiagent.adapter.sandbox.remote.Shell;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sandboxes on E2B: the REST control plane ({@code POST /sandboxes}, {@code GET /sandboxes/{id}},
 * {@code POST /sandboxes/{id}/pause}, {@code POST /sandboxes/{id}/connect} to resume,
 * {@code DELETE /sandboxes/{id}}, {@code GET /v2/sandboxes} filtered by our metadata) and each
 * sandbox's envd: commands through {@code process.Process/Start} (Connect streaming, JSON), files
 * through {@code GET/POST /files}. Created with auto-pause, tagged {@code ii_managed=true} and
 * {@code ii_session_id}. The envd access token of each sandbox is held in memory only; after a
 * restart {@link #connect} reads it again.
 */
public final class E2bSandbox extends RemoteShellSandbox {

    public static final String KIND = "e2b";
    static final String WORKSPACE = "/home/user/workspace";
    static final int ENVD_PORT = 49983;
    private static final String USER = "user";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final E2bSandboxConfig config;
    private final HttpClient http;
    private final Map<SessionId, Handle> handles = new ConcurrentHashMap<>();

    /** What it takes to talk to one sandbox's envd. */
    private record Handle(String sandboxId, String accessToken, String domain) {
    }

    public E2bSandbox(E2bSandboxConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
        if (status == SandboxStatus.PAUSED) {
            resume(sessionId);
        } else if (status == SandboxStatus.ABSENT) {
            create(sessionId);
        }
        return instance(sessionId, SandboxStatus.RUNNING);
    }

    private void create(SessionId sessionId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("templateID", config.template());
        body.put("timeout", config.timeout().toSeconds());
        body.put("autoPause", true);
        body.putObject("metadata").put("ii_managed", "true").put("ii_session_id", sessionId.toString());
        HttpResponse<byte[]> created = api("POST", "/sandboxes", body);
        require(created, "create a sandbox");
        remember(sessionId, read(created));
        CommandResult mkdir = exec(sessionId, new CommandRequest("mkdir -p " + Shell.quote(WORKSPACE), Duration.ofSeconds(30),
                4096), null);
        if (!mkdir.succeeded()) {
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "could not create the workspace: " + mkdir.stderr());
        }
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        HttpResponse<byte[]> found = api("GET", "/sandboxes/" + providerSandboxId, null);
        if (found.statusCode() == 404) {
            handles.remove(sessionId);
            return new SandboxInstance(providerSandboxId, SandboxStatus.ABSENT, Map.of());
        }
        require(found, "read the sandbox");
        JsonNode detail = read(found);
        remember(sessionId, detail);
        return instance(sessionId, stateOf(detail));
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        Handle handle = handles.get(sessionId);
        if (handle == null) {
            return SandboxStatus.ABSENT;
        }
        HttpResponse<byte[]> paused = api("POST", "/sandboxes/" + handle.sandboxId() + "/pause", null);
        if (paused.statusCode() == 404) {
            handles.remove(sessionId);
            return SandboxStatus.ABSENT;
        }
        if (paused.statusCode() != 409) { // 409: already paused
            require(paused, "pause the sandbox");
        }
        return SandboxStatus.PAUSED;
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        Handle handle = handles.get(sessionId);
        if (handle == null) {
            return SandboxStatus.ABSENT;
        }
        ObjectNode body = JSON.createObjectNode().put("timeout", config.timeout().toSeconds());
        HttpResponse<byte[]> connected = api("POST", "/sandboxes/" + handle.sandboxId() + "/connect", body);
        if (connected.statusCode() == 404) {
            handles.remove(sessionId);
            return SandboxStatus.ABSENT;
        }
        require(connected, "resume the sandbox");
        remember(sessionId, read(connected));
        return SandboxStatus.RUNNING;
    }

    @Override
    public void destroy(SessionId sessionId) {
        Handle handle = handles.remove(sessionId);
        if (handle == null) {
            return;
        }
        HttpResponse<byte[]> killed = api("DELETE", "/sandboxes/" + handle.sandboxId(), null);
        if (killed.statusCode() != 404) {
            require(killed, "kill the sandbox");
        }
    }

    @Override
    public SandboxStatus status(SessionId sessionId) {
        Handle handle = handles.get(sessionId);
        if (handle == null) {
            return SandboxStatus.ABSENT;
        }
        HttpResponse<byte[]> found = api("GET", "/sandboxes/" + handle.sandboxId(), null);
        if (found.statusCode() == 404) {
            handles.remove(sessionId);
            return SandboxStatus.ABSENT;
        }
        require(found, "read the sandbox");
        return stateOf(read(found));
    }

    @Override
    public List<SessionId> list() {
        String query = "metadata=" + URLEncoder.encode("ii_managed=true", StandardCharsets.UTF_8)
                + "&state=running&state=paused";
        HttpResponse<byte[]> listed = api("GET", "/v2/sandboxes?" + query, null);
        require(listed, "list sandboxes");
        List<SessionId> sessions = new ArrayList<>();
        for (JsonNode sandbox : read(listed)) {
            try {
                sessions.add(new SessionId(UUID.fromString(sandbox.path("metadata").path("ii_session_id").asText(""))));
            } catch (IllegalArgumentException notOurs) {
                // tagged managed but without a session: not one we created
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
        Handle handle = handle(sessionId);
        String[] argv = Shell.bounded(request.command(), request.timeout());
        ObjectNode body = JSON.createObjectNode();
        ObjectNode process = body.putObject("process");
        process.put("cmd", argv[0]);
        var args = process.putArray("args");
        for (int i = 1; i < argv.length; i++) {
            args.add(argv[i]);
        }
        process.put("cwd", WORKSPACE);
        HttpRequest start = envd(handle, "/process.Process/Start").timeout(request.timeout().plusSeconds(15))
                .header("Content-Type", "application/connect+json").header("Connect-Protocol-Version", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ConnectStream.envelope(bytes(body)))).build();
        Output stdout = new Output(request.outputLimitBytes());
        Output stderr = new Output(request.outputLimitBytes());
        int[] exit = {-1};
        String[] failure = {null};
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(start, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "envd refused the command ("
                            + response.statusCode() + "): " + new String(stream.readNBytes(2048), StandardCharsets.UTF_8));
                }
                String end = ConnectStream.read(stream, message -> {
                    JsonNode event = readText(message).path("event");
                    JsonNode data = event.path("data");
                    if (data.has("stdout")) {
                        stdout.add(Base64.getDecoder().decode(data.path("stdout").asText()));
                    } else if (data.has("stderr")) {
                        stderr.add(Base64.getDecoder().decode(data.path("stderr").asText()));
                    } else if (event.has("end")) {
                        exit[0] = event.path("end").path("exitCode").asInt(0);
                        failure[0] = event.path("end").path("error").asText(null);
                    }
                });
                JsonNode error = end == null ? null : readText(end).path("error");
                if (error != null && !error.isMissingNode()) {
                    throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "envd failed the command: "
                            + error.path("message").asText(error.toString()));
                }
            }
        } catch (HttpTimeoutException e) {
            exit[0] = Shell.KILLED;
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "the E2B sandbox did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "interrupted while a sandbox command ran");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String errors = stderr.text() + (failure[0] == null || failure[0].isBlank() ? "" : failure[0]);
        return new CommandResult(exit[0], stdout.text(), errors, stdout.truncated || stderr.truncated,
                Shell.timedOut(exit[0], elapsed, request.timeout()), elapsed);
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        Handle handle = handle(sessionId);
        HttpRequest get = envd(handle, "/files?" + fileQuery(path)).timeout(config.requestTimeout()).GET().build();
        HttpResponse<byte[]> file = send(get);
        if (file.statusCode() == 404) {
            throw new NotFoundException(SandboxErrors.FILE_NOT_FOUND, "no such file in the sandbox: " + path);
        }
        require(file, "read " + path);
        return file.body();
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        ensure(sessionId, reservation);
        Handle handle = handle(sessionId);
        String boundary = "iiagent-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream(content.length + 256);
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest post = envd(handle, "/files?" + fileQuery(path)).timeout(config.requestTimeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build();
        require(send(post), "write " + path);
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is 1 to 65535");
        }
        ensure(sessionId, reservation);
        return URI.create(url(handle(sessionId), port));
    }

    private String fileQuery(String path) {
        return "path=" + URLEncoder.encode(RemotePaths.resolve(WORKSPACE, path), StandardCharsets.UTF_8) + "&username=" + USER;
    }

    private SandboxInstance instance(SessionId sessionId, SandboxStatus status) {
        Handle handle = handles.get(sessionId);
        String id = handle == null ? "absent-" + sessionId : handle.sandboxId();
        return new SandboxInstance(id, status, Map.of("template", config.template()));
    }

    private void remember(SessionId sessionId, JsonNode sandbox) {
        Handle before = handles.get(sessionId);
        String token = sandbox.path("envdAccessToken").asText(before == null ? "" : before.accessToken());
        String domain = sandbox.path("domain").asText(before == null ? "e2b.app" : before.domain());
        handles.put(sessionId, new Handle(sandbox.path("sandboxID").asText(), token, domain.isEmpty() ? "e2b.app" : domain));
    }

    private Handle handle(SessionId sessionId) {
        Handle handle = handles.get(sessionId);
        if (handle == null) {
            throw new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no E2B sandbox in this process");
        }
        return handle;
    }

    private static SandboxStatus stateOf(JsonNode sandbox) {
        return sandbox.path("state").asText("running").equals("paused") ? SandboxStatus.PAUSED : SandboxStatus.RUNNING;
    }

    private String url(Handle handle, int port) {
        return config.envdUrl().replace("{port}", Integer.toString(port)).replace("{sandbox}", handle.sandboxId())
                .replace("{domain}", handle.domain());
    }

    private HttpRequest.Builder envd(Handle handle, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(handle, ENVD_PORT) + pathAndQuery));
        return handle.accessToken().isEmpty() ? request : request.header("X-Access-Token", handle.accessToken());
    }

    private HttpResponse<byte[]> api(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.apiUrl() + path))
                .timeout(config.requestTimeout()).header("X-API-Key", config.apiKey());
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method,
                HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        return send(request.build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "E2B did not answer " + request.method() + " "
                    + request.uri().getPath() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "interrupted while calling E2B");
        }
    }

    private static void require(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "E2B could not " + what + " ("
                    + response.statusCode() + "): " + readText(text).path("message").asText(text));
        }
    }

    private static JsonNode read(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "E2B sent invalid JSON");
        }
    }

    private static JsonNode readText(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One output stream of a command, kept up to the limit. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private boolean truncated;

        Output(int limit) {
            this.limit = limit;
        }

        void add(byte[] chunk) {
            int room = Math.max(0, limit - bytes.size());
            bytes.write(chunk, 0, Math.min(room, chunk.length));
            truncated |= chunk.length > room;
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
