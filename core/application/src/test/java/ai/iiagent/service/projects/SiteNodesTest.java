package ai.iiagent.service.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteNodesPort;
import ai.iiagent.port.out.projects.SiteSource;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded deployer on one node of several: what it records, and which node URLs are accepted. */
class SiteNodesTest {

    private final Map<DeploymentId, URI> recorded = new HashMap<>();
    private final SiteNodesPort nodes = new SiteNodesPort() {
        @Override
        public void register(DeploymentId deployment, URI node) {
            recorded.put(deployment, node);
        }

        @Override
        public Optional<URI> nodeOf(DeploymentId deployment) {
            return Optional.ofNullable(recorded.get(deployment));
        }

        @Override
        public void forget(DeploymentId deployment) {
            recorded.remove(deployment);
        }
    };

    @Test
    void aDeploymentIsRecordedWithThisNodeOnlyOnceLive_andForgottenWhenTakenDown() {
        boolean[] fail = {false};
        SiteDeployerPort local = new SiteDeployerPort() {
            @Override
            public DeployTarget target() {
                return DeployTarget.EMBEDDED;
            }

            @Override
            public String deploy(Deployment deployment, SiteSource source, Progress progress) {
                if (fail[0]) {
                    throw new IllegalStateException("start failed");
                }
                return "http://shop.sites.example/";
            }

            @Override
            public void undeploy(Deployment deployment) {
            }
        };
        SiteNodes sites = new SiteNodes(local, nodes, URI.create("http://10.0.3.7:8080"));
        Deployment deployment = Deployment.start(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
                DeployTarget.EMBEDDED, "shop", Instant.now());

        assertThat(sites.target()).isEqualTo(DeployTarget.EMBEDDED);
        assertThat(sites.deploy(deployment, null, phase -> { })).isEqualTo("http://shop.sites.example/");
        assertThat(recorded).containsEntry(deployment.id(), URI.create("http://10.0.3.7:8080"));
        sites.undeploy(deployment);
        assertThat(recorded).isEmpty();

        fail[0] = true;
        assertThatThrownBy(() -> sites.deploy(deployment, null, phase -> { })).hasMessage("start failed");
        assertThat(recorded).as("a failed deployment is served nowhere").isEmpty();
    }

    @Test
    void aNodeUrlIsAnHttpOrigin_andTwoUrlsNameOneNodeByHostAndPort() {
        assertThat(SiteNodes.checkedNodeUrl(URI.create("https://node-b.internal:8443/"))).hasHost("node-b.internal");
        for (String bad : new String[] {"node-b:8080", "ftp://node-b", "http://node-b/app", "http://u:p@node-b",
                "http://node-b/?x=1", "http:///nohost"}) {
            assertThatThrownBy(() -> SiteNodes.checkedNodeUrl(URI.create(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SiteNodes.sameNode(URI.create("http://Node-A:8080"), URI.create("http://node-a:8080/"))).isTrue();
        assertThat(SiteNodes.sameNode(URI.create("http://node-a:8080"), URI.create("http://node-a:8081"))).isFalse();
        assertThat(SiteNodes.sameNode(URI.create("http://node-a:8080"), URI.create("https://node-a:8080"))).isFalse();
    }
}
