package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.AppleCredentials;
import ai.iiagent.domain.integrations.AppleErrors;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.StoredAppleCredential;
import ai.iiagent.domain.integrations.TestFlightSubmission;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.integrations.SubmitTestFlightCommand;
import ai.iiagent.port.in.integrations.SubmitTestFlightUseCase;
import ai.iiagent.port.out.integrations.AppStoreConnectPort;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;
import ai.iiagent.port.out.integrations.TestFlightLogPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import java.util.regex.Pattern;

/**
 * The {@code submit_testflight} command: the caller's key opened from its seal, the newest build of the
 * bundle id handed to TestFlight through {@link AppStoreConnectPort}, each step and the outcome told to
 * the session. Not billed (the original does not charge credits for it; Apple's API is free).
 */
public final class SubmitTestFlightService implements SubmitTestFlightUseCase {

    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,154}");
    private static final int MAX_GROUP_CHARS = 100;

    private final AppleCredentialRepository credentials;
    private final SecretCipherPort cipher;
    private final AppStoreConnectPort appStoreConnect;
    private final TestFlightLogPort log;

    public SubmitTestFlightService(AppleCredentialRepository credentials, SecretCipherPort cipher,
                                   AppStoreConnectPort appStoreConnect, TestFlightLogPort log) {
        this.credentials = credentials;
        this.cipher = cipher;
        this.appStoreConnect = appStoreConnect;
        this.log = log;
    }

    @Override
    public TestFlightSubmission submit(SubmitTestFlightCommand command) {
        String bundleId = command.bundleId() == null ? "" : command.bundleId().strip();
        if (!BUNDLE_ID.matcher(bundleId).matches()) {
            throw ConnectorErrors.invalid("bundle_identifier must be a bundle id such as com.example.app");
        }
        String group = command.betaGroupName() == null || command.betaGroupName().isBlank() ? null
                : command.betaGroupName().strip();
        if (group != null && (group.length() > MAX_GROUP_CHARS || group.chars().anyMatch(Character::isISOControl))) {
            throw ConnectorErrors.invalid("beta_group must be a group name of at most " + MAX_GROUP_CHARS + " characters");
        }
        StoredAppleCredential stored = credentials.find(command.caller().userId()).orElseThrow(AppleErrors::notFound);
        AppleCredentials key = new AppleCredentials(stored.issuerId(), stored.keyId(), cipher.decryptText(stored.privateKey()));
        log.log(command.sessionId(), "info", "Submitting the newest build of " + bundleId + " to TestFlight"
                + (group == null ? "" : " (beta group " + group + ")"));
        try {
            TestFlightSubmission submission = appStoreConnect.submitNewestBuild(key, bundleId, group);
            log.log(command.sessionId(), "info", "Build " + submission.buildVersion() + " (" + submission.buildId()
                    + ") submitted for beta app review: " + submission.betaReviewState());
            return submission;
        } catch (DomainException refused) {
            log.log(command.sessionId(), "error", "TestFlight submission failed: " + refused.getMessage());
            throw refused;
        }
    }
}
