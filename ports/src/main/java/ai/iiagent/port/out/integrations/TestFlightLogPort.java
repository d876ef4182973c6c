package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.sessions.SessionId;

/** Tells a session's connections how a TestFlight submission goes ({@code integration.testflight.log} events). */
public interface TestFlightLogPort {

    /** @param level {@code info}, {@code warning} or {@code error} */
    void log(SessionId sessionId, String level, String message);
}
