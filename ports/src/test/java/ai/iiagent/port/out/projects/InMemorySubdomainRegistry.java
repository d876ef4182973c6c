package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link SubdomainRegistryPort} in memory, for tests of adapters that wrap the registry. */
public final class InMemorySubdomainRegistry implements SubdomainRegistryPort {

    private final TreeMap<String, SubdomainClaim> claims = new TreeMap<>();

    @Override
    public synchronized boolean claim(SubdomainClaim claim) {
        if (claims.containsKey(claim.name()) || ofProject(claim.projectId()).isPresent()) {
            return false;
        }
        claims.put(claim.name(), claim);
        return true;
    }

    @Override
    public synchronized Optional<SubdomainClaim> find(String name) {
        return Optional.ofNullable(claims.get(name));
    }

    @Override
    public synchronized Optional<SubdomainClaim> ofProject(ProjectId projectId) {
        return claims.values().stream().filter(c -> c.projectId().equals(projectId)).findFirst();
    }

    @Override
    public synchronized boolean release(String name) {
        return claims.remove(name) != null;
    }

    @Override
    public synchronized List<SubdomainClaim> page(int offset, int limit) {
        return claims.values().stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized long count() {
        return claims.size();
    }
}
