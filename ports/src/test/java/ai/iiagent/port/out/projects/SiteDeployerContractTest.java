package ai.iiagent.port.out.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SiteKind;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SiteDeployerPort} must have: phases reported in order, ending with
 * {@code route}; an absolute URL answered; a provider's refusal thrown as an
 * {@link UpstreamFailureException} with a stable {@code deploy_…} code from the phase it happened
 * in; undeploying what was never deployed does nothing.
 */
public abstract class SiteDeployerContractTest {

    /** The stable codes a deploy failure may carry. */
    protected static final Set<String> FAILURE_CODES = Set.of("deploy_failed", "deploy_provider_rejected",
            "deploy_provider_failed", "deploy_build_failed", "deploy_timeout");

    protected abstract SiteDeployerPort deployer();

    /** The next deployment will succeed at the provider. */
    protected abstract void providerAcceptsTheNextDeployment();

    /** The provider answers the next deployment's first write with HTTP {@code status}. */
    protected abstract void providerRefusesTheNextDeployment(int status);

    protected static Deployment deployment(DeployTarget target, String subdomain) {
        return Deployment.start(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()), target, subdomain,
                Instant.now());
    }

    protected static SiteSource staticSite() {
        Project project = new Project(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()), SessionId.random(),
                "shop", "static", null, Instant.now());
        return new SiteSource(project, SiteKind.STATIC, null);
    }

    @Test
    void aDeploymentReportsItsPhasesInOrderAndAnswersAnAbsoluteUrl() {
        providerAcceptsTheNextDeployment();
        List<DeploymentPhase> phases = new ArrayList<>();

        String url = deployer().deploy(deployment(deployer().target(), "shop-3f2a1c"), staticSite(), phases::add);

        assertThat(phases).isNotEmpty().isSorted().doesNotHaveDuplicates().endsWith(DeploymentPhase.ROUTE);
        assertThat(URI.create(url).isAbsolute()).as(url).isTrue();
        assertThat(URI.create(url).getScheme()).isIn("http", "https");
    }

    @Test
    void aRefusalIsThrownWithAStableCodeFromThePhaseItHappenedIn() {
        for (int status : List.of(401, 403, 500, 503)) {
            providerRefusesTheNextDeployment(status);
            List<DeploymentPhase> phases = new ArrayList<>();

            assertThatThrownBy(() -> deployer().deploy(deployment(deployer().target(), "shop-3f2a1c"), staticSite(),
                    phases::add))
                    .isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                        assertThat(e.code().value()).isIn(FAILURE_CODES)
                                .isEqualTo(status >= 500 ? "deploy_provider_failed" : "deploy_provider_rejected");
                        assertThat(e.getMessage()).contains(Integer.toString(status));
                    });
            assertThat(phases).as("HTTP %d", status).isNotEmpty().doesNotContain(DeploymentPhase.ROUTE);
        }
    }

    @Test
    void undeployingWhatWasNeverDeployedDoesNothing() {
        providerAcceptsTheNextDeployment();
        deployer().undeploy(deployment(deployer().target(), "never-deployed"));
    }
}
