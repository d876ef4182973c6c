package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.clock.ClockPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Capabilities every feature uses. */
@ApplicationScoped
public class SharedWiring {

    private static final Clock UTC = Clock.systemUTC();

    @Produces
    @ApplicationScoped
    ClockPort clock() {
        // Microseconds: what PostgreSQL stores, so a saved instant equals the one read back.
        return () -> UTC.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
