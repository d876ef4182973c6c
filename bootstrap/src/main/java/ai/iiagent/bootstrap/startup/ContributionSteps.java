package ai.iiagent.bootstrap.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Steps 5 to 8: one step per {@link StartupPhase}, running the contributions features registered for it. */
@ApplicationScoped
public class ContributionSteps {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    private final List<StartupContribution> contributions;

    public ContributionSteps(Instance<StartupContribution> contributions) {
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(StartupContribution::order).thenComparing(StartupContribution::name))
                .toList();
    }

    List<StartupStep> inPhaseOrder() {
        return Arrays.stream(StartupPhase.values()).map(this::stepFor).toList();
    }

    private StartupStep stepFor(StartupPhase phase) {
        List<StartupContribution> inPhase = contributions.stream().filter(c -> c.phase() == phase).toList();
        return new StartupStep() {
            @Override
            public String name() {
                return phase.label();
            }

            @Override
            public String run() throws Exception {
                if (inPhase.isEmpty()) {
                    return "none registered";
                }
                for (StartupContribution contribution : inPhase) {
                    start(contribution);
                }
                return inPhase.size() + " started (" + inPhase.stream().map(StartupContribution::name)
                        .collect(Collectors.joining(", ")) + ")";
            }
        };
    }

    private static void start(StartupContribution contribution) throws Exception {
        try {
            contribution.start();
        } catch (Exception e) {
            if (contribution.required()) {
                throw e;
            }
            LOG.warnf(e, "%s (optional) failed; continuing", contribution.name());
        }
    }
}
