package ai.iiagent.service.tasks;

import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.port.in.tasks.RenewRunLeasesUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tasks.RunTaskRepository;

/** Extends the lease of every active run this node holds, in one statement whatever their number. */
public final class RenewRunLeasesService implements RenewRunLeasesUseCase {

    private final RunTaskRepository runs;
    private final ClockPort clock;
    private final LeaseTerms terms;

    public RenewRunLeasesService(RunTaskRepository runs, ClockPort clock, LeaseTerms terms) {
        this.runs = runs;
        this.clock = clock;
        this.terms = terms;
    }

    @Override
    public int renew() {
        return runs.renew(terms.node(), terms.from(clock.now()).expiresAt());
    }
}
