package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import java.util.List;
import java.util.Optional;

/**
 * Who holds which subdomain. Embedded default: a table with the name as its key, so of two
 * concurrent claims of one name exactly one succeeds; the Cloudflare KV adapter keeps the
 * original's mapping in a KV namespace.
 */
public interface SubdomainRegistryPort {

    /**
     * Records the claim unless the name is held already.
     *
     * @return false when someone (anyone, the same project included) already holds the name
     */
    boolean claim(SubdomainClaim claim);

    Optional<SubdomainClaim> find(String name);

    /** The name the project holds, if any (a project holds one at most). */
    Optional<SubdomainClaim> ofProject(ProjectId projectId);

    /** Frees the name; false when it was not held. */
    boolean release(String name);

    /** Every claim, by name, a page at a time. */
    List<SubdomainClaim> page(int offset, int limit);

    long count();
}
