package ai.iiagent.service.auth;

import ai.iiagent.domain.auth.AuthErrors;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import ai.iiagent.port.out.clock.ClockPort;
import java.time.Duration;
import java.util.Optional;

/**
 * Admits a sign-up attempt within the per-address and the overall limits, or refuses it with
 * {@code too_many_signups}. Every admitted attempt counts, successful or not: each one costs a
 * password hash and may hand out free credits.
 */
public final class SignUpThrottle {

    private final AttemptCounterPort attempts;
    private final SignUpLimits limits;
    private final ClockPort clock;

    public SignUpThrottle(AttemptCounterPort attempts, SignUpLimits limits, ClockPort clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts one sign-up from {@code clientAddress}, or throws when it is over a limit (nothing more counted). */
    public void admit(String clientAddress) {
        Optional<Duration> addressWait = attempts.tryAcquire("signup:address:" + clientAddress, limits.perAddress(),
                clock.now());
        if (addressWait.isPresent()) {
            throw AuthErrors.tooManySignUpsFromAddress(addressWait.get());
        }
        Optional<Duration> overallWait = attempts.tryAcquire("signup:all", limits.overall(), clock.now());
        if (overallWait.isPresent()) {
            throw AuthErrors.tooManySignUpsOverall(overallWait.get());
        }
    }
}
