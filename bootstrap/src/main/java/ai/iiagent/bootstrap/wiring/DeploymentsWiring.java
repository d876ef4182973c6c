package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.http.projects.DeploymentWire;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.BubblewrapSandboxConfig;
import ai.iiagent.adapter.sandbox.projects.LocalSites;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.domain.projects.SiteAddresses;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.projects.DeployProjectUseCase;
import ai.iiagent.port.in.projects.ManageSubdomainsUseCase;
import ai.iiagent.port.in.projects.RouteSiteUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.DeploymentProgressPort;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteNodesPort;
import ai.iiagent.port.out.projects.SiteOriginPort;
import ai.iiagent.service.projects.DeployProjectService;
import ai.iiagent.service.projects.ManageSubdomainsService;
import ai.iiagent.service.projects.ProjectAccess;
import ai.iiagent.service.projects.RouteSiteService;
import ai.iiagent.service.projects.SiteNodes;
import ai.iiagent.service.projects.SubdomainAssignments;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployments and subdomains (docs/projects.md "Deploy", "Subdomains"): the embedded deployer (sites
 * in sandboxes of their own under {@code <data-dir>/sites}, local sandbox provider only), the
 * embedded subdomain registry, the deploy service and the site routing.
 */
@ApplicationScoped
public class DeploymentsWiring {

    /** The embedded deployer, present when sandboxes are local (it runs sites the same way). */
    public record EmbeddedSites(Optional<LocalSites> local) {
    }

    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("deploy-", 0).factory());

    @Produces
    @Singleton
    SiteAddresses siteAddresses(AppSettings settings, @ConfigProperty(name = "sites.base-domain") Optional<String> baseDomain,
                                @ConfigProperty(name = "sites.public-scheme") String scheme,
                                @ConfigProperty(name = "sites.public-port") int port) {
        return new SiteAddresses(baseDomain.orElse(null), scheme, port,
                settings.publicUrl() == null ? "" : settings.publicUrl());
    }

    @Produces
    @Singleton
    EmbeddedSites embeddedSites(SandboxProvider provider, AppSettings settings, SiteAddresses addresses) {
        return new EmbeddedSites(provider.stdioHost().map(sessions -> new LocalSites(sessions,
                new BubblewrapSandbox(BubblewrapSandboxConfig.defaults(Path.of(settings.dataDir(), "sites")
                        .toAbsolutePath())), addresses)));
    }

    @Produces
    @Singleton
    SiteOriginPort siteOrigins(EmbeddedSites sites) {
        return deployment -> sites.local().flatMap(local -> local.origin(deployment));
    }

    @Produces
    @Singleton
    DeploymentProgressPort deploymentProgress(PublishSessionEventsUseCase events) {
        return (sessionId, deployment) -> events.publish(new PublishSessionEventsCommand(sessionId, List.of(
                new PublishSessionEventsCommand.Outgoing(EventName.AGENT_STATUS_UPDATE, null,
                        JsonObject.of(DeploymentWire.event(deployment))))));
    }

    @Produces
    @Singleton
    SubdomainAssignments subdomainAssignments(DeployProvidersWiring.ChosenRegistry registry, ClockPort clock) {
        return new SubdomainAssignments(registry.registry(), clock);
    }

    /** Also the {@link DeployProjectUseCase} (its bean types include the interface). */
    @Produces
    @Singleton
    DeployProjectService deployProjectService(ProjectAccess access, SubdomainAssignments subdomains,
                                              DeploymentRepository deployments, EmbeddedSites sites,
                                              DeploymentProgressPort progress, ClockPort clock,
                                              DeployProvidersWiring.RemoteDeployers remote, SiteNodesPort nodes,
                                              @ConfigProperty(name = "sites.node-url") Optional<URI> thisNode) {
        List<SiteDeployerPort> deployers = new ArrayList<>();
        // On several nodes each embedded site is recorded with the node serving it (docs/operations.md "Scale-out").
        sites.local().map(local -> thisNode.<SiteDeployerPort>map(node -> new SiteNodes(local, nodes, node)).orElse(local))
                .ifPresent(deployers::add);
        deployers.addAll(remote.deployers());
        return new DeployProjectService(access, subdomains, deployments, deployers, progress, clock, background,
                remote.defaultTarget());
    }

    @Produces
    @ApplicationScoped
    ManageSubdomainsUseCase manageSubdomains(ProjectAccess access, SubdomainAssignments assignments,
                                             DeployProvidersWiring.ChosenRegistry registry, DeploymentRepository deployments,
                                             DeployProjectService deploy, SiteAddresses addresses) {
        return new ManageSubdomainsService(access, assignments, registry.registry(), deployments, deploy::takeDown,
                addresses, registry.name());
    }

    @Produces
    @ApplicationScoped
    RouteSiteUseCase routeSite(DeployProvidersWiring.ChosenRegistry registry, DeploymentRepository deployments,
                               SiteOriginPort origins, SiteAddresses addresses, SiteNodesPort nodes,
                               @ConfigProperty(name = "sites.node-url") Optional<URI> thisNode) {
        return new RouteSiteService(registry.registry(), deployments, origins, addresses, nodes, thisNode);
    }

    void stop(@Observes ShutdownEvent shutdown, EmbeddedSites sites) {
        sites.local().ifPresent(LocalSites::stopAll);
        background.shutdownNow();
    }
}
