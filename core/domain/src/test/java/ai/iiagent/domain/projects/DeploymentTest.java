package ai.iiagent.domain.projects;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void givenPhases_whenDeployed_thenEachPhaseIsTimedAndTheWholeToo() {
        Deployment d = Deployment.start(ProjectId.random(), UserId.random(), DeployTarget.EMBEDDED, "shop", T0)
                .entering(DeploymentPhase.PREPARE, T0)
                .entering(DeploymentPhase.PACKAGE, T0.plusMillis(10))
                .entering(DeploymentPhase.START, T0.plusMillis(30))
                .deployed("http://shop.example/", T0.plusMillis(100));
        assertThat(d.status()).isEqualTo(DeploymentStatus.DEPLOYED);
        assertThat(d.phases()).extracting(PhaseTiming::durationMillis).containsExactly(10L, 20L, 70L);
        assertThat(d.durationMillis()).isEqualTo(100);
        assertThat(d.currentPhase()).isEmpty();
        assertThat(d.isLive()).isTrue();
    }

    @Test
    void givenAFailureInAPhase_thenThatPhaseIsRecordedAsFailingWithItsReason() {
        Deployment d = Deployment.start(ProjectId.random(), UserId.random(), DeployTarget.EMBEDDED, "shop", T0)
                .entering(DeploymentPhase.PREPARE, T0).entering(DeploymentPhase.VERIFY, T0.plusMillis(5))
                .failed("no answer", T0.plusMillis(50));
        assertThat(d.status()).isEqualTo(DeploymentStatus.FAILED);
        assertThat(d.failedPhase()).isEqualTo(DeploymentPhase.VERIFY);
        assertThat(d.error()).isEqualTo("no answer");
        assertThat(d.phases().getLast().error()).isEqualTo("no answer");
        assertThat(d.phases().getLast().durationMillis()).isEqualTo(45);
        assertThat(Deployment.start(ProjectId.random(), UserId.random(), DeployTarget.EMBEDDED, "s", T0)
                .failed("bad", T0).failedPhase()).isEqualTo(DeploymentPhase.PREPARE);
    }

    @Test
    void givenSiteAddresses_thenHostsMapToOneLabelUnderTheBaseDomain() {
        SiteAddresses withDomain = new SiteAddresses("Sites.Example.com.", "https", 0, "https://app.example.com/");
        assertThat(withDomain.urlOf("shop")).isEqualTo("https://shop.sites.example.com/");
        assertThat(withDomain.subdomainOfHost("shop.sites.example.com:8443")).contains("shop");
        assertThat(withDomain.subdomainOfHost("a.b.sites.example.com")).isEmpty();
        assertThat(withDomain.subdomainOfHost("sites.example.com")).isEmpty();
        assertThat(withDomain.subdomainOfHost("evilsites.example.com")).isEmpty();
        SiteAddresses pathOnly = new SiteAddresses("", "http", 0, "http://localhost:8080");
        assertThat(pathOnly.urlOf("shop")).isEqualTo("http://localhost:8080/sites/shop/");
        assertThat(pathOnly.subdomainOfHost("shop.localhost")).isEmpty();
    }
}
