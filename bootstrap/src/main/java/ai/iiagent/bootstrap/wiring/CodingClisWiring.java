package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.integrations.cli.BubblewrapCodingClis;
import ai.iiagent.adapter.integrations.cli.NpmCliInstaller;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.CodingClisConfig;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.in.integrations.DeleteCodexCredentialsUseCase;
import ai.iiagent.port.in.integrations.GetCodexSettingsUseCase;
import ai.iiagent.port.in.integrations.SaveCodexCredentialsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.CodexCredentialRepository;
import ai.iiagent.port.out.integrations.CodingCliPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.service.agents.AgentTypeAvailability;
import ai.iiagent.service.integrations.CodingCliTool;
import ai.iiagent.service.integrations.ConnectorTokenAccess;
import ai.iiagent.service.integrations.DeleteCodexCredentialsService;
import ai.iiagent.service.integrations.GetCodexSettingsService;
import ai.iiagent.service.integrations.SaveCodexCredentialsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Codex and Claude Code (issue 22): credentials, the CLIs installed from npm, their tools and agent types. */
@ApplicationScoped
public class CodingClisWiring {

    /** The {@code codex} and {@code claude_code} tools, for the agent runs (AgentsWiring). */
    public record CodingCliTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    CodingCliPort codingClis(CodingClisConfig config, AppSettings app, SandboxProvider provider, SandboxPort lifecycle) {
        Path root = Path.of(config.installDir().filter(dir -> !dir.isBlank()).orElse(app.dataDir() + "/coding-clis"));
        NpmCliInstaller installer = new NpmCliInstaller(new NpmCliInstaller.Settings(config.npm(), root,
                Map.of(CodingCli.CODEX, config.codexPackage(), CodingCli.CLAUDE_CODE, config.claudeCodePackage()),
                Map.of(CodingCli.CODEX, "codex", CodingCli.CLAUDE_CODE, "claude"), config.installTimeout()));
        BubblewrapCodingClis.Settings settings = new BubblewrapCodingClis.Settings(config.cpuSeconds(), config.network(),
                config.openaiBaseUrl().orElse(null), config.anthropicBaseUrl().orElse(null), config.addressSpaceBytes());
        return provider.stdioHost().<CodingCliPort>map(local -> new BubblewrapCodingClis(local, lifecycle, installer, settings))
                .orElseGet(CodingClisWiring::localOnly);
    }

    @Produces
    @Singleton
    AgentTypeAvailability agentTypeAvailability(CodingCliPort clis) {
        return new AgentTypeAvailability(clis);
    }

    @Produces
    @Singleton
    CodingCliTools codingCliTools(CodingCliPort clis, CodexCredentialRepository codex, ConnectorTokenAccess tokens,
                                  SecretCipherPort cipher) {
        return new CodingCliTools(List.of(new CodingCliTool(CodingCli.CODEX, clis, codex, tokens, cipher),
                new CodingCliTool(CodingCli.CLAUDE_CODE, clis, codex, tokens, cipher)));
    }

    @Produces
    @ApplicationScoped
    SaveCodexCredentialsUseCase saveCodexCredentials(CodexCredentialRepository codex, SecretCipherPort cipher, ClockPort clock) {
        return new SaveCodexCredentialsService(codex, cipher, clock);
    }

    @Produces
    @ApplicationScoped
    GetCodexSettingsUseCase getCodexSettings(CodexCredentialRepository codex) {
        return new GetCodexSettingsService(codex);
    }

    @Produces
    @ApplicationScoped
    DeleteCodexCredentialsUseCase deleteCodexCredentials(CodexCredentialRepository codex) {
        return new DeleteCodexCredentialsService(codex);
    }

    // Docker and E2B sandboxes: the CLIs are mounted from this machine, which only the local sandbox can do
    private static CodingCliPort localOnly() {
        String reason = " CLI runs only in the local (bubblewrap) sandbox; SANDBOX_PROVIDER is not local";
        return new CodingCliPort() {
            @Override
            public Optional<String> unavailableReason(CodingCli cli) {
                return Optional.of(cli.displayName() + reason);
            }

            @Override
            public CodingCliResult run(SessionId session, CodingCli cli, String task, CodingCliCredentials credentials,
                                       Duration timeout, CreditReservation reservation) {
                throw new ServiceUnavailableException(ErrorCode.of(NpmCliInstaller.UNAVAILABLE), cli.displayName() + reason);
            }
        };
    }
}
