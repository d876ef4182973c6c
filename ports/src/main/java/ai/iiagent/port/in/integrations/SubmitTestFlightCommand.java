package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;

/**
 * Hand the newest uploaded build of an app to TestFlight from a session the caller owns.
 *
 * @param bundleId      the app's bundle identifier
 * @param betaGroupName a beta group to add the build to, or null
 */
public record SubmitTestFlightCommand(Identity caller, SessionId sessionId, String bundleId, String betaGroupName) {
}
