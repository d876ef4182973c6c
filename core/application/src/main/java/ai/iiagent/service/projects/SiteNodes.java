package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteNodesPort;
import ai.iiagent.port.out.projects.SiteSource;
import java.net.URI;
import java.util.Optional;

/**
 * The embedded deployer on a node of several (docs/operations.md "Scale-out"): a site this node
 * deployed is recorded as served by this node's base URL, so that every other node passes its
 * requests here; undeploying forgets it.
 */
public final class SiteNodes implements SiteDeployerPort {

    /** No node is ever recorded (a single node). */
    static final SiteNodesPort NONE = new SiteNodesPort() {
        @Override
        public void register(DeploymentId deployment, URI node) {
        }

        @Override
        public Optional<URI> nodeOf(DeploymentId deployment) {
            return Optional.empty();
        }

        @Override
        public void forget(DeploymentId deployment) {
        }
    };

    private final SiteDeployerPort local;
    private final SiteNodesPort nodes;
    private final URI thisNode;

    public SiteNodes(SiteDeployerPort local, SiteNodesPort nodes, URI thisNode) {
        this.local = local;
        this.nodes = nodes;
        this.thisNode = checkedNodeUrl(thisNode);
    }

    /** A node's base URL as other nodes reach it: {@code http(s)://host[:port][/]}, nothing else. */
    public static URI checkedNodeUrl(URI node) {
        String scheme = node.getScheme() == null ? "" : node.getScheme().toLowerCase(java.util.Locale.ROOT);
        String path = node.getRawPath() == null ? "" : node.getRawPath();
        if (!(scheme.equals("http") || scheme.equals("https")) || node.getHost() == null || node.getRawQuery() != null
                || node.getRawFragment() != null || node.getRawUserInfo() != null || !(path.isEmpty() || path.equals("/"))) {
            throw new IllegalArgumentException("SITES_NODE_URL must be http(s)://host[:port], not " + node);
        }
        return node;
    }

    @Override
    public DeployTarget target() {
        return local.target();
    }

    @Override
    public String deploy(Deployment deployment, SiteSource source, Progress progress) {
        String url = local.deploy(deployment, source, progress);
        nodes.register(deployment.id(), thisNode);
        return url;
    }

    @Override
    public void undeploy(Deployment deployment) {
        local.undeploy(deployment);
        nodes.forget(deployment.id());
    }

    /** Whether two base URLs name the same node (scheme, host and port; a trailing slash aside). */
    static boolean sameNode(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }
}
