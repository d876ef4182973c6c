package ai.iiagent.adapter.sandbox.projects;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.projects.SiteKind;
import ai.iiagent.domain.projects.SiteOrigin;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteOriginPort;
import ai.iiagent.port.out.projects.SiteSource;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded deployer (docs/projects.md "Deploy"): the app serves a project's built site itself.
 * Each deployment gets a sandbox of its own in {@code sites} (a second local sandbox root, one
 * workspace per deployment, its own host uid), into which the project directory is copied out of
 * the session's sandbox (a tar stream between two sandboxes, links never followed on the host):
 * the site keeps working while the session's sandbox is paused or its dev server stopped.
 * <ul>
 *   <li>A static site is served from its output directory in that copy ({@link SiteOrigin.Files}).</li>
 *   <li>A server app runs {@code start.sh} in that sandbox with the same isolation as the agent's
 *       commands (no network but loopback, its database only through the checked Unix socket),
 *       {@link SiteSupervisor supervised}: restarted when it exits, stopped on undeploy. The app
 *       reaches it through a relay into its network namespace ({@link SiteOrigin.Server}).</li>
 * </ul>
 * What each deployment is (kind, output, database endpoint; no secret) is written next to the
 * sites, so after a restart of the app a site is brought back on its first request.
 */
public final class LocalSites implements SiteDeployerPort, SiteOriginPort {

    /** The port a deployed server listens on inside its own sandbox ({@code PORT}). */
    static final int SITE_PORT = 3000;
    private static final Duration READY = Duration.ofSeconds(45);

    private final BubblewrapSandbox sessions;
    private final BubblewrapSandbox sites;
    private final SiteAddresses addresses;
    private final Path metadata;
    private final Map<DeploymentId, SiteOrigin.Files> statics = new ConcurrentHashMap<>();
    private final Map<DeploymentId, SiteSupervisor> servers = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * @param sessions the sessions' sandboxes (the source of the files)
     * @param sites    the sandboxes the sites run in (their own root, e.g. {@code <data-dir>/sites})
     */
    public LocalSites(BubblewrapSandbox sessions, BubblewrapSandbox sites, SiteAddresses addresses) {
        this.sessions = sessions;
        this.sites = sites;
        this.addresses = addresses;
        this.metadata = sites.root().toAbsolutePath().resolveSibling(sites.root().getFileName() + "-meta");
    }

    @Override
    public DeployTarget target() {
        return DeployTarget.EMBEDDED;
    }

    @Override
    public String deploy(Deployment deployment, SiteSource source, Progress progress) {
        SessionId site = siteOf(deployment.id());
        progress.entering(DeploymentPhase.PACKAGE);
        copyOut(source, site);
        progress.entering(DeploymentPhase.START);
        Properties facts = new Properties();
        facts.setProperty("kind", source.kind().name());
        if (source.kind() == SiteKind.STATIC) {
            String output = staticOutput(site, source.project().framework());
            facts.setProperty("output", output);
            remember(deployment.id(), facts);
            progress.entering(DeploymentPhase.VERIFY);
            SiteOrigin.Files files = files(site, output);
            if (!Files.isRegularFile(files.root().resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
                throw failed("the site's " + output + "/ has no index.html");
            }
            progress.entering(DeploymentPhase.ROUTE);
            statics.put(deployment.id(), files);
        } else {
            if (!Files.isRegularFile(sites.workspaceDirectory(site).resolve("start.sh"), LinkOption.NOFOLLOW_LINKS)) {
                throw failed("a server app needs start.sh in the project directory");
            }
            if (source.database() != null) {
                DatabaseEndpoint db = source.database();
                facts.setProperty("db.host", db.host());
                facts.setProperty("db.port", Integer.toString(db.port()));
                facts.setProperty("db.name", db.database());
                facts.setProperty("db.role", db.role());
            }
            remember(deployment.id(), facts);
            SiteSupervisor supervisor = startServer(deployment.id(), source.database());
            progress.entering(DeploymentPhase.VERIFY);
            awaitAnswer(site, supervisor);
            progress.entering(DeploymentPhase.ROUTE);
        }
        return addresses.urlOf(deployment.subdomain());
    }

    @Override
    public void undeploy(Deployment deployment) {
        statics.remove(deployment.id());
        SiteSupervisor supervisor = servers.remove(deployment.id());
        if (supervisor != null) {
            supervisor.stop();
        }
        sites.destroy(siteOf(deployment.id()));
        try {
            Files.deleteIfExists(metadata.resolve(deployment.id() + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<SiteOrigin> origin(DeploymentId deployment) {
        SiteOrigin.Files files = statics.get(deployment);
        if (files != null) {
            return Optional.of(files);
        }
        SiteSupervisor supervisor = servers.get(deployment);
        if (supervisor == null) {
            supervisor = recover(deployment).orElse(null);
            if (supervisor == null) {
                return Optional.ofNullable(statics.get(deployment));
            }
        }
        try {
            InetSocketAddress relay = sites.previews().relay(siteOf(deployment), SITE_PORT);
            return Optional.of(new SiteOrigin.Server(relay));
        } catch (DomainException notListening) {
            return Optional.empty(); // restarting: the router answers 502 meanwhile
        }
    }

    /** Stops every supervised site (application shutdown); their copies stay for the next start. */
    public void stopAll() {
        servers.values().forEach(SiteSupervisor::stop);
        servers.clear();
    }

    /** The restarts of a deployment's server so far (for tests and status), -1 when it is not supervised here. */
    public int restarts(DeploymentId deployment) {
        SiteSupervisor supervisor = servers.get(deployment);
        return supervisor == null ? -1 : supervisor.restarts();
    }

    private static SessionId siteOf(DeploymentId deployment) {
        return new SessionId(deployment.value());
    }

    // The project directory, out of the session's sandbox into the site's own.
    private void copyOut(SiteSource source, SessionId site) {
        SessionId from = source.project().sessionId();
        if (!Files.isDirectory(sessions.workspaceDirectory(from), LinkOption.NOFOLLOW_LINKS)) {
            throw failed("the session's sandbox is gone: nothing to deploy");
        }
        try {
            sessions.copyDirectoryTo(from, source.project().directory(), sites, site);
        } catch (DomainException e) {
            throw failed("the project directory /workspace/" + source.project().directory() + " could not be copied: "
                    + e.getMessage());
        }
    }

    private String staticOutput(SessionId site, String framework) {
        Path root = sites.workspaceDirectory(site);
        for (String candidate : SiteKind.staticOutputs(framework)) {
            Path dir = root.resolve(candidate).normalize();
            if (dir.startsWith(root) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw failed("no built output with an index.html (looked in " + SiteKind.staticOutputs(framework) + ")");
    }

    private SiteOrigin.Files files(SessionId site, String output) {
        try {
            Path root = sites.workspaceDirectory(site).toRealPath();
            Path dir = root.resolve(output).normalize();
            if (!dir.startsWith(root) || !dir.toRealPath().startsWith(root)) {
                throw failed("the site's output directory leaves the project");
            }
            return new SiteOrigin.Files(dir.toRealPath());
        } catch (IOException e) {
            throw failed("the site's files are not readable: " + e.getMessage());
        }
    }

    private SiteSupervisor startServer(DeploymentId deployment, DatabaseEndpoint database) {
        SessionId site = siteOf(deployment);
        if (database != null) {
            sites.databases().open(site, database);
        }
        SiteSupervisor supervisor = new SiteSupervisor(sites, site, metadata.resolve(deployment + ".log"),
                Map.of("PORT", Integer.toString(SITE_PORT)));
        servers.put(deployment, supervisor);
        supervisor.start();
        return supervisor;
    }

    private void awaitAnswer(SessionId site, SiteSupervisor supervisor) {
        long deadline = System.nanoTime() + READY.toNanos();
        String last = "it did not start listening on port " + SITE_PORT;
        while (System.nanoTime() < deadline) {
            try {
                InetSocketAddress relay = sites.previews().relay(site, SITE_PORT);
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + relay.getPort() + "/")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() < 500) {
                    return;
                }
                last = "it answered HTTP " + answer.statusCode();
            } catch (DomainException | IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed("interrupted while waiting for the site");
            }
            sleep(200);
        }
        throw failed("the server did not answer within " + READY.toSeconds() + " s: " + last + "; log: "
                + supervisor.logTail());
    }

    private Optional<SiteSupervisor> recover(DeploymentId deployment) {
        Path facts = metadata.resolve(deployment + ".properties");
        if (!Files.isRegularFile(facts) || !Files.isDirectory(sites.workspaceDirectory(siteOf(deployment)))) {
            return Optional.empty();
        }
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(facts)) {
            stored.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (SiteKind.STATIC.name().equals(stored.getProperty("kind"))) {
            statics.put(deployment, files(siteOf(deployment), stored.getProperty("output", "public")));
            return Optional.empty();
        }
        synchronized (this) {
            SiteSupervisor running = servers.get(deployment);
            if (running != null) {
                return Optional.of(running);
            }
            DatabaseEndpoint database = stored.getProperty("db.name") == null ? null : new DatabaseEndpoint(
                    stored.getProperty("db.host"), Integer.parseInt(stored.getProperty("db.port")),
                    stored.getProperty("db.name"), stored.getProperty("db.role"));
            SiteSupervisor supervisor = startServer(deployment, database);
            awaitAnswer(siteOf(deployment), supervisor);
            return Optional.of(supervisor);
        }
    }

    private void remember(DeploymentId deployment, Properties facts) {
        try {
            Files.createDirectories(metadata);
            Files.setPosixFilePermissions(metadata, PosixFilePermissions.fromString("rwx------"));
            try (OutputStream out = Files.newOutputStream(metadata.resolve(deployment + ".properties"))) {
                facts.store(out, "deployment " + deployment);
            }
        } catch (IOException e) {
            throw failed("could not record the site: " + e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for the site");
        }
    }

    static UpstreamFailureException failed(String message) {
        return new UpstreamFailureException(DeploymentErrors.DEPLOY_FAILED, message);
    }

    static List<String> command() {
        return List.of("/bin/sh", "start.sh");
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
