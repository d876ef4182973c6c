package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.TestFlightSubmission;

/**
 * Apple's App Store Connect REST API, on the user's own API key (a short-lived ES256 token per call):
 * finding the app of a bundle id and handing its newest processed build to TestFlight testers.
 * Uploading the build itself is not REST (Xcode / Transporter) and is not part of this port.
 *
 * <h2>Errors</h2>
 * A key Apple refuses is {@code ConflictException} {@code connector_authorization_expired}; an unknown
 * bundle id, no build, or a build still processing is {@code ValidationException}
 * {@code invalid_connector_request} with what is missing; anything else is
 * {@code UpstreamFailureException} {@code connector_upstream_failed}.
 */
public interface AppStoreConnectPort {

    /**
     * Adds the app's newest valid build to the named beta group (when given; external groups need a
     * beta review) and submits it for beta app review.
     *
     * @param bundleId      the app's bundle identifier ({@code com.example.app})
     * @param betaGroupName a beta group of the app, or null to only submit for review
     */
    TestFlightSubmission submitNewestBuild(AppleCredentials credentials, String bundleId, String betaGroupName);
}
