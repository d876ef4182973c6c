package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.projects.SubdomainNames;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Claiming subdomains for projects, shared by the subdomain routes and publishing: a project holds
 * one name, a name is held by one project; the registry's atomic claim decides races.
 */
public final class SubdomainAssignments {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubdomainRegistryPort registry;
    private final ClockPort clock;

    public SubdomainAssignments(SubdomainRegistryPort registry, ClockPort clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Claims {@code name} for the project (answering its existing claim when it already holds that name). */
    public SubdomainClaim claim(Project project, String name) {
        String label = SubdomainNames.require(name);
        Optional<SubdomainClaim> held = registry.ofProject(project.id());
        if (held.isPresent()) {
            if (held.get().name().equals(label)) {
                return held.get();
            }
            throw new ConflictException(DeploymentErrors.PROJECT_HAS_SUBDOMAIN, "the project already holds '"
                    + held.get().name() + "'; release it first");
        }
        SubdomainClaim claim = new SubdomainClaim(label, project.id(), project.owner(), clock.now());
        if (!registry.claim(claim)) {
            throw new ConflictException(DeploymentErrors.SUBDOMAIN_TAKEN, "'" + label + "' is already taken");
        }
        return claim;
    }

    /**
     * The name the project is served at: {@code wanted} when given, else the one it holds, else a
     * new one from its name and a random suffix.
     */
    public SubdomainClaim forPublishing(Project project, String wanted) {
        if (wanted != null && !wanted.isBlank()) {
            return claim(project, wanted);
        }
        Optional<SubdomainClaim> held = registry.ofProject(project.id());
        if (held.isPresent()) {
            return held.get();
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            String suffix = HexFormat.of().formatHex(bytes());
            String candidate = (project.name().length() > 40 ? project.name().substring(0, 40) : project.name())
                    + "-" + suffix;
            try {
                return claim(project, candidate);
            } catch (ValidationException | ConflictException unusable) {
                if (unusable instanceof ConflictException conflict
                        && DeploymentErrors.PROJECT_HAS_SUBDOMAIN.equals(conflict.code())) {
                    throw conflict;
                }
                // a reserved look-alike or a collision: try another suffix
            }
        }
        return claim(project, "site-" + HexFormat.of().formatHex(bytes()));
    }

    private static byte[] bytes() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return random;
    }
}
