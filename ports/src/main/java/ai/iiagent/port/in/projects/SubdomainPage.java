package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.SubdomainClaim;
import java.util.List;

/** One page of every claimed subdomain (administrators). */
public record SubdomainPage(List<SubdomainClaim> claims, long total, int page, int perPage) {

    public SubdomainPage {
        claims = List.copyOf(claims);
    }
}
