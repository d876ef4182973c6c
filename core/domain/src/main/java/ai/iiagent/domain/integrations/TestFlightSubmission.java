package ai.iiagent.domain.integrations;

/**
 * A build handed to TestFlight: the app and build App Store Connect know, the build's processing
 * state, the beta group it was added to (null when none was asked) and the beta review's state.
 */
public record TestFlightSubmission(String appId, String buildId, String buildVersion, String processingState,
                                   String betaGroupId, String betaReviewState) {
}
