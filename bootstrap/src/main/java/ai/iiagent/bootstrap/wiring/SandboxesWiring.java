package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.adapter.sandbox.docker.DockerSandbox;
import ai.iiagent.adapter.sandbox.docker.DockerSandboxConfig;
import ai.iiagent.adapter.sandbox.e2b.E2bSandbox;
import ai.iiagent.adapter.sandbox.e2b.E2bSandboxConfig;
import ai.iiagent.adapter.sandbox.StopNotifyingSandbox;
import ai.iiagent.bootstrap.config.SandboxConfig;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.SandboxConfig.SandboxLifecycleConfig;
import ai.iiagent.port.in.sandboxes.AwakeSandboxUseCase;
import ai.iiagent.port.in.sandboxes.GetSandboxStatusUseCase;
import ai.iiagent.port.in.sandboxes.ListSandboxFilesUseCase;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileUseCase;
import ai.iiagent.port.in.sandboxes.SweepSandboxesUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandboxes.SandboxRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.service.sandboxes.SandboxLifecycle;
import ai.iiagent.service.sandboxes.SandboxPolicy;
import ai.iiagent.service.sandboxes.AwakeSandboxService;
import ai.iiagent.service.sandboxes.GetSandboxStatusService;
import ai.iiagent.service.sandboxes.ListSandboxFilesService;
import ai.iiagent.service.sandboxes.ReadSandboxFileService;
import ai.iiagent.service.sandboxes.SweepSandboxesService;
import ai.iiagent.port.in.sandboxes.OpenTerminalUseCase;
import ai.iiagent.port.out.sandbox.SandboxTerminalPort;
import ai.iiagent.service.sandboxes.LifecycleTerminals;
import ai.iiagent.service.sandboxes.OpenTerminalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Sessions' sandboxes: the provider (the local bubblewrap sandbox, docs/sandboxes.md) behind the
 * lifecycle, the port the agent's tools get, and the owner's socket commands. The maintenance job
 * is {@link SandboxJobs}.
 */
@ApplicationScoped
public class SandboxesWiring {

    private static final Logger LOG = Logger.getLogger(SandboxesWiring.class);

    /** The provider's own port; only the lifecycle (and the MCP stdio launcher, for the local kind) talks to it. */
    @Produces
    @Singleton
    SandboxProvider provider(AppSettings settings, AppConfig config) {
        SandboxConfig sandbox = config.sandbox();
        String kind = sandbox.provider().strip().toLowerCase(Locale.ROOT);
        SandboxProvider provider = switch (kind) {
            case BubblewrapSandbox.KIND -> SandboxProvider.local(local(settings, sandbox.local()));
            case DockerSandbox.KIND -> SandboxProvider.plain(docker(sandbox.docker()));
            case E2bSandbox.KIND -> SandboxProvider.plain(e2b(sandbox.e2b()));
            default -> throw new IllegalArgumentException("SANDBOX_PROVIDER must be local, docker or e2b, got '" + kind + "'");
        };
        LOG.infof("sandbox: provider %s", kind);
        return provider;
    }

    static BubblewrapSandbox local(AppSettings settings, SandboxConfig.Local local) {
        BubblewrapSandbox sandbox = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(Path.of(settings.dataDir(),
                "sandboxes").toAbsolutePath()));
        if (local.memoryBytes() > 0) {
            sandbox.watchMemory(local.memoryBytes(), local.memoryCheckInterval());
        }
        return sandbox;
    }

    // Chosen explicitly, so an unreachable Engine stops start-up instead of failing every tool call later.
    static DockerSandbox docker(SandboxConfig.Docker docker) {
        DockerSandbox sandbox = new DockerSandbox(new DockerSandboxConfig(docker.host(), docker.image(), docker.memoryBytes(),
                Math.round(docker.cpus() * 1_000_000_000L), docker.pidsLimit(), docker.network(), Duration.ofSeconds(30)));
        try {
            sandbox.ping();
        } catch (RuntimeException e) {
            throw new IllegalStateException("SANDBOX_PROVIDER=docker, but the Docker Engine at DOCKER_HOST=" + docker.host()
                    + " is not reachable: " + e.getMessage(), e);
        }
        return sandbox;
    }

    static E2bSandbox e2b(SandboxConfig.E2b e2b) {
        String key = e2b.apiKey().map(String::strip).filter(value -> !value.isEmpty()).orElseThrow(() ->
                new IllegalStateException("SANDBOX_PROVIDER=e2b needs E2B_API_KEY (see docs/sandboxes.md)"));
        return new E2bSandbox(new E2bSandboxConfig(e2b.apiUrl(), key, e2b.template(), e2b.timeout(), e2b.envdUrl(),
                Duration.ofSeconds(30)));
    }

    void closeProviderShells(@Disposes SandboxProvider provider) {
        provider.close().run();
    }

    static SandboxPolicy policy(AppConfig config) {
        SandboxLifecycleConfig lifecycle = config.sandbox().lifecycle();
        SandboxPolicy defaults = SandboxPolicy.defaults();
        return new SandboxPolicy(lifecycle.idlePauseAfter(), lifecycle.maxLifetime(), defaults.staleCreating(),
                defaults.batch());
    }

    @Produces
    @Singleton
    SandboxLifecycle sandboxLifecycle(SandboxProvider provider, AppConfig config, SandboxRepository sandboxes,
                                      SessionRepository sessions, PublishSessionEventsUseCase events, ClockPort clock,
                                      SessionNoticeEncoding encoding, SandboxStops stops) {
        // what lives beside a sandbox (the session's browser) stops when it is paused or destroyed
        return new SandboxLifecycle(new StopNotifyingSandbox(provider.port(), stops::stopping), sandboxes, sessions,
                events, clock, policy(config), encoding);
    }

    @Produces
    @Singleton
    SandboxStops sandboxStops() {
        return new SandboxStops();
    }

    /** What the agent's sandbox tools use: lazily created, reattached and resumed through the lifecycle. */
    @Produces
    @Singleton
    SandboxPort sandbox(SandboxLifecycle lifecycle) {
        return lifecycle.port();
    }

    /** Persistent named shells (docs/sandboxes.md), behind the lifecycle like the sandbox port. */
    @Produces
    @Singleton
    SandboxShellPort shells(SandboxLifecycle lifecycle, SandboxProvider provider) {
        return lifecycle.shells(provider.shells().orElseGet(UnsupportedShells::new));
    }

    /** Interactive terminals (socket {@code pty_*}), behind the lifecycle: only into an existing sandbox. */
    @Produces
    @ApplicationScoped
    OpenTerminalUseCase openTerminal(SessionRepository sessions, SandboxLifecycle lifecycle, SandboxProvider provider) {
        SandboxTerminalPort terminals = provider.terminals().orElseGet(UnsupportedTerminals::new);
        return new OpenTerminalService(sessions, new LifecycleTerminals(lifecycle, terminals));
    }

    @Produces
    @ApplicationScoped
    GetSandboxStatusUseCase getSandboxStatus(SessionRepository sessions, SandboxLifecycle lifecycle) {
        return new GetSandboxStatusService(sessions, lifecycle);
    }

    @Produces
    @ApplicationScoped
    AwakeSandboxUseCase awakeSandbox(SessionRepository sessions, SandboxLifecycle lifecycle) {
        return new AwakeSandboxService(sessions, lifecycle);
    }

    @Produces
    @ApplicationScoped
    ListSandboxFilesUseCase listSandboxFiles(SessionRepository sessions, SandboxLifecycle lifecycle) {
        return new ListSandboxFilesService(sessions, lifecycle);
    }

    @Produces
    @ApplicationScoped
    ReadSandboxFileUseCase readSandboxFile(SessionRepository sessions, SandboxLifecycle lifecycle) {
        return new ReadSandboxFileService(sessions, lifecycle);
    }

    @Produces
    @ApplicationScoped
    SweepSandboxesUseCase sweepSandboxes(SandboxLifecycle lifecycle) {
        return new SweepSandboxesService(lifecycle);
    }
}
