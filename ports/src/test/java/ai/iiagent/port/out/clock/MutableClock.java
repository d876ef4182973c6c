package ai.iiagent.port.out.clock;

import java.time.Duration;
import java.time.Instant;

/** A clock that stands still until a test moves it. */
public class MutableClock implements ClockPort {

    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }
}
