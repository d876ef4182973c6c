package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectDatabase;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SiteKind;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.DeployProjectUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.DeploymentProgressPort;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteSource;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes a session's project (docs/projects.md "Deploy"): the deployment is recorded
 * {@code pending} at once, then its phases run on {@code background}: each is stored with its
 * timings and told to the session; a failure records the failing phase and why. When the new
 * deployment is live, the project's previous one is taken down.
 */
public final class DeployProjectService implements DeployProjectUseCase {

    private final ProjectAccess access;
    private final SubdomainAssignments subdomains;
    private final DeploymentRepository deployments;
    private final Map<DeployTarget, SiteDeployerPort> deployers;
    private final DeploymentProgressPort progress;
    private final ClockPort clock;
    private final Executor background;
    private final DeployTarget defaultTarget;
    private final Map<ProjectId, Boolean> underWay = new ConcurrentHashMap<>();

    public DeployProjectService(ProjectAccess access, SubdomainAssignments subdomains, DeploymentRepository deployments,
                                List<SiteDeployerPort> deployers, DeploymentProgressPort progress, ClockPort clock,
                                Executor background) {
        this(access, subdomains, deployments, deployers, progress, clock, background, DeployTarget.EMBEDDED);
    }

    /** @param defaultTarget where {@code publish} without a target goes ({@code DEPLOY_TARGET}) */
    public DeployProjectService(ProjectAccess access, SubdomainAssignments subdomains, DeploymentRepository deployments,
                                List<SiteDeployerPort> deployers, DeploymentProgressPort progress, ClockPort clock,
                                Executor background, DeployTarget defaultTarget) {
        this.defaultTarget = defaultTarget;
        this.access = access;
        this.subdomains = subdomains;
        this.deployments = deployments;
        this.deployers = deployers.stream().collect(Collectors.toUnmodifiableMap(SiteDeployerPort::target,
                Function.identity()));
        this.progress = progress;
        this.clock = clock;
        this.background = background;
    }

    @Override
    public Deployment publish(UserId caller, SessionId sessionId, DeployTarget requested, String subdomain) {
        Project project = access.ofSession(caller, sessionId);
        DeployTarget target = requested == null ? defaultTarget : requested;
        SiteDeployerPort deployer = deployers.get(target);
        if (deployer == null) {
            throw new ConflictException(DeploymentErrors.TARGET_UNAVAILABLE, "deploying to " + target.code()
                    + " is not configured on this server");
        }
        if (underWay.putIfAbsent(project.id(), Boolean.TRUE) != null) {
            throw new ConflictException(DeploymentErrors.DEPLOY_IN_PROGRESS, "a deployment of this project is under way");
        }
        try {
            SubdomainClaim claim = subdomains.forPublishing(project, subdomain);
            Deployment pending = Deployment.start(project.id(), caller, target, claim.name(), clock.now());
            deployments.insert(pending);
            progress.progressed(sessionId, pending);
            background.execute(() -> run(project, pending, deployer));
            return pending;
        } catch (RuntimeException e) {
            underWay.remove(project.id());
            throw e;
        }
    }

    @Override
    public Deployment latest(UserId caller, ProjectId projectId) {
        Project project = access.byId(caller, projectId);
        return deployments.latest(project.id()).orElseThrow(DeployProjectService::notDeployed);
    }

    @Override
    public Deployment undeploy(UserId caller, ProjectId projectId) {
        Project project = access.byId(caller, projectId);
        Deployment live = deployments.live(project.id()).orElseThrow(DeployProjectService::notDeployed);
        Deployment stopped = takeDown(live);
        progress.progressed(project.sessionId(), stopped);
        return stopped;
    }

    /** Takes a deployment down with its own deployer and records it stopped. */
    public Deployment takeDown(Deployment live) {
        SiteDeployerPort deployer = deployers.get(live.target());
        if (deployer != null) {
            deployer.undeploy(live);
        }
        Deployment stopped = live.stopped(clock.now());
        deployments.save(stopped);
        return stopped;
    }

    private void run(Project project, Deployment pending, SiteDeployerPort deployer) {
        AtomicReference<Deployment> current = new AtomicReference<>(pending);
        try {
            enter(project, current, DeploymentPhase.PREPARE);
            SiteSource source = new SiteSource(project, SiteKind.of(project.framework()),
                    project.optionalDatabase().map(DeployProjectService::endpoint).orElse(null));
            var previous = deployments.live(project.id());
            String url = deployer.deploy(current.get(), source, phase -> enter(project, current, phase));
            Deployment live = current.get().deployed(url, clock.now());
            // One live deployment per project: the previous one is recorded stopped first, then taken down.
            previous.ifPresent(old -> deployments.save(old.stopped(clock.now())));
            deployments.save(live);
            current.set(live);
            previous.ifPresent(this::undeployQuietly);
            progress.progressed(project.sessionId(), live);
        } catch (RuntimeException e) {
            String reason = e instanceof DomainException domain ? domain.getMessage() : "the deployment failed unexpectedly";
            String code = e instanceof DomainException domain ? domain.code().value() : DeploymentErrors.DEPLOY_FAILED.value();
            Deployment failed = current.get().failed(code, reason, clock.now());
            deployments.save(failed);
            undeployQuietly(failed);
            progress.progressed(project.sessionId(), failed);
        } finally {
            underWay.remove(project.id());
        }
    }

    private void undeployQuietly(Deployment old) {
        SiteDeployerPort deployer = deployers.get(old.target());
        try {
            if (deployer != null) {
                deployer.undeploy(old);
            }
        } catch (RuntimeException e) {
            // recorded stopped already; what is left of it is no longer routed to
        }
    }

    private void enter(Project project, AtomicReference<Deployment> current, DeploymentPhase phase) {
        Deployment next = current.get().entering(phase, clock.now());
        deployments.save(next);
        current.set(next);
        progress.progressed(project.sessionId(), next);
    }

    private static DatabaseEndpoint endpoint(ProjectDatabase database) {
        return new DatabaseEndpoint(database.host(), database.port(), database.name(), database.role());
    }

    private static NotFoundException notDeployed() {
        return new NotFoundException(DeploymentErrors.DEPLOYMENT_NOT_FOUND, "the project has no deployment");
    }
}
