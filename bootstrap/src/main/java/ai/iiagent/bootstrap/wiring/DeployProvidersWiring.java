package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.integrations.projects.CloudBuildImages;
import ai.iiagent.adapter.integrations.projects.CloudBuildSettings;
import ai.iiagent.adapter.integrations.projects.CloudRunDeployer;
import ai.iiagent.adapter.integrations.projects.CloudRunSettings;
import ai.iiagent.adapter.integrations.projects.CloudflareKvSettings;
import ai.iiagent.adapter.integrations.projects.CloudflareKvSubdomainRegistry;
import ai.iiagent.adapter.integrations.projects.DeployHttp;
import ai.iiagent.adapter.integrations.projects.GoogleServiceAccountTokens;
import ai.iiagent.adapter.integrations.projects.Polling;
import ai.iiagent.adapter.integrations.projects.VercelDeployer;
import ai.iiagent.adapter.integrations.projects.VercelSettings;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.adapter.sandbox.projects.SandboxBuiltSites;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The deploy targets and subdomain registry beyond the embedded ones (docs/projects.md "Vercel",
 * "Google Cloud Run", "Cloudflare KV"), each present only when configured: Vercel with
 * {@code VERCEL_TOKEN}, Cloud Run with {@code CLOUD_RUN_CREDENTIALS_FILE}, {@code CLOUD_RUN_PROJECT}
 * and {@code CLOUD_RUN_IMAGE}, the KV mirror with {@code SUBDOMAIN_REGISTRY=cloudflare_kv} and its
 * account, namespace and token. Credentials stay in memory; none is logged.
 */
@ApplicationScoped
public class DeployProvidersWiring {

    private static final Logger LOG = Logger.getLogger(DeployProvidersWiring.class);

    /** The deployers configured besides the embedded one, and the target {@code publish} uses by default. */
    public record RemoteDeployers(List<SiteDeployerPort> deployers, DeployTarget defaultTarget) {
    }

    /** The registry in use and its name as {@code base-domain/info} reports it. */
    public record ChosenRegistry(SubdomainRegistryPort registry, String name) {
    }

    @Produces
    @Singleton
    RemoteDeployers remoteDeployers(SandboxProvider provider, AppSettings settings,
                                    @ConfigProperty(name = "deploy.default-target") String defaultTarget,
                                    @ConfigProperty(name = "deploy.request-timeout") Duration requestTimeout,
                                    @ConfigProperty(name = "deploy.poll-interval") Duration pollInterval,
                                    @ConfigProperty(name = "deploy.ready-timeout") Duration readyTimeout,
                                    @ConfigProperty(name = "deploy.vercel.api-url") String vercelApi,
                                    @ConfigProperty(name = "deploy.vercel.token") Optional<String> vercelToken,
                                    @ConfigProperty(name = "deploy.vercel.team-id") Optional<String> vercelTeam,
                                    @ConfigProperty(name = "deploy.cloud-run.api-url") String cloudRunApi,
                                    @ConfigProperty(name = "deploy.cloud-run.credentials-file") Optional<String> credentials,
                                    @ConfigProperty(name = "deploy.cloud-run.project") Optional<String> gcpProject,
                                    @ConfigProperty(name = "deploy.cloud-run.region") String region,
                                    @ConfigProperty(name = "deploy.cloud-run.image") Optional<String> image,
                                    @ConfigProperty(name = "deploy.cloud-run.port") int port,
                                    @ConfigProperty(name = "deploy.cloud-run.allow-unauthenticated") boolean publicService,
                                    @ConfigProperty(name = "deploy.cloud-run.source-bucket") Optional<String> sourceBucket,
                                    @ConfigProperty(name = "deploy.cloud-build.api-url") String cloudBuildApi,
                                    @ConfigProperty(name = "deploy.cloud-storage.api-url") String storageApi) {
        Polling readiness = new Polling(pollInterval, readyTimeout);
        List<SiteDeployerPort> deployers = new ArrayList<>();
        if (vercelToken.isPresent()) {
            Optional<BubblewrapSandbox> sessions = provider.stdioHost();
            if (sessions.isEmpty()) {
                LOG.warn("VERCEL_TOKEN is set but the sandboxes are not local: the built files cannot be read, Vercel is off");
            } else {
                BubblewrapSandbox staging = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(
                        Path.of(settings.dataDir(), "sites-staging").toAbsolutePath()));
                deployers.add(new VercelDeployer(new VercelSettings(vercelApi, vercelToken.get(), vercelTeam.orElse(null),
                        requestTimeout, readiness), new SandboxBuiltSites(sessions.get(), staging)));
            }
        }
        if (credentials.isPresent() && gcpProject.isPresent() && image.isPresent()) {
            DeployHttp http = new DeployHttp("Cloud Run", requestTimeout);
            GoogleServiceAccountTokens tokens = new GoogleServiceAccountTokens(read(credentials.get()), http, Clock.systemUTC());
            Optional<CloudBuildImages> builds = Optional.empty();
            if (sourceBucket.isPresent()) { // images built from the project's sources (docs/projects.md "Google Cloud Run")
                Optional<BubblewrapSandbox> sessions = provider.stdioHost();
                if (sessions.isEmpty()) {
                    throw new IllegalStateException("CLOUD_RUN_SOURCE_BUCKET needs the local sandbox provider (the sources are read from it)");
                }
                BubblewrapSandbox staging = new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(
                        Path.of(settings.dataDir(), "sites-staging").toAbsolutePath()));
                builds = Optional.of(new CloudBuildImages(new CloudBuildSettings(storageApi, cloudBuildApi, sourceBucket.get(),
                        readiness), gcpProject.get(), tokens, new DeployHttp("Cloud Build", requestTimeout),
                        new SandboxBuiltSites(sessions.get(), staging)));
            }
            deployers.add(new CloudRunDeployer(new CloudRunSettings(cloudRunApi, gcpProject.get(), region, image.get(), port,
                    publicService, requestTimeout, readiness), tokens, http, builds));
        }
        DeployTarget target = DeployTarget.fromCode(defaultTarget);
        if (target != DeployTarget.EMBEDDED && deployers.stream().noneMatch(d -> d.target() == target)) {
            throw new IllegalStateException("DEPLOY_TARGET=" + defaultTarget + " is not configured (see docs/operations.md)");
        }
        return new RemoteDeployers(List.copyOf(deployers), target);
    }

    @Produces
    @Singleton
    ChosenRegistry chosenRegistry(SubdomainRegistryPort database,
                                  @ConfigProperty(name = "subdomains.registry") String registry,
                                  @ConfigProperty(name = "deploy.request-timeout") Duration requestTimeout,
                                  @ConfigProperty(name = "subdomains.cloudflare.api-url") String api,
                                  @ConfigProperty(name = "subdomains.cloudflare.account-id") Optional<String> account,
                                  @ConfigProperty(name = "subdomains.cloudflare.namespace-id") Optional<String> namespace,
                                  @ConfigProperty(name = "subdomains.cloudflare.api-token") Optional<String> token) {
        return switch (registry) {
            case "embedded" -> new ChosenRegistry(database, "embedded");
            case "cloudflare_kv" -> {
                if (account.isEmpty() || namespace.isEmpty() || token.isEmpty()) {
                    throw new IllegalStateException("SUBDOMAIN_REGISTRY=cloudflare_kv needs CLOUDFLARE_ACCOUNT_ID,"
                            + " CLOUDFLARE_KV_NAMESPACE_ID and CLOUDFLARE_API_TOKEN");
                }
                yield new ChosenRegistry(new CloudflareKvSubdomainRegistry(database, new CloudflareKvSettings(api,
                        account.get(), namespace.get(), token.get(), requestTimeout)), "cloudflare_kv");
            }
            default -> throw new IllegalStateException("SUBDOMAIN_REGISTRY must be embedded or cloudflare_kv");
        };
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("CLOUD_RUN_CREDENTIALS_FILE cannot be read", e);
        }
    }
}
