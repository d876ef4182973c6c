package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.TestFlightSubmission;

/**
 * Submits the newest uploaded build of the caller's app to TestFlight on the caller's stored App Store
 * Connect key, telling the session how it goes ({@code integration.testflight.log}). No key is
 * {@code apple_credentials_not_found}; a malformed bundle id or group name {@code invalid_connector_request};
 * Apple's refusals as {@code AppStoreConnectPort} maps them.
 */
public interface SubmitTestFlightUseCase {

    TestFlightSubmission submit(SubmitTestFlightCommand command);
}
