package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.integrations.apple.AppStoreConnectAdapter;
import ai.iiagent.adapter.integrations.apple.AppStoreConnectTokens;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.bootstrap.config.ConnectorsConfig;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.integrations.DeleteAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.GetAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.SaveAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.SubmitTestFlightUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.AppStoreConnectPort;
import ai.iiagent.port.out.integrations.AppleCredentialRepository;
import ai.iiagent.port.out.integrations.TestFlightLogPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.service.integrations.DeleteAppleCredentialsService;
import ai.iiagent.service.integrations.GetAppleCredentialsService;
import ai.iiagent.service.integrations.SaveAppleCredentialsService;
import ai.iiagent.service.integrations.SubmitTestFlightService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Mobile apps (issue 22): the App Store Connect key sealed per user, TestFlight submission through the port. */
@ApplicationScoped
public class MobileAppsWiring {

    @Produces
    @Singleton
    AppStoreConnectPort appStoreConnect(ConnectorsConfig config) {
        return new AppStoreConnectAdapter(config.apple().apiBase(), new ProviderHttp("App Store Connect", config.timeout()),
                new AppStoreConnectTokens(Clock.systemUTC()));
    }

    @Produces
    @Singleton
    TestFlightLogPort testFlightLog(PublishSessionEventsUseCase events) {
        return (sessionId, level, message) -> events.publish(new PublishSessionEventsCommand(sessionId, List.of(
                new PublishSessionEventsCommand.Outgoing(EventName.INTEGRATION_TESTFLIGHT_LOG, null,
                        JsonObject.of(Map.of("message", message, "level", level))))));
    }

    @Produces
    @Singleton
    SaveAppleCredentialsUseCase saveAppleCredentials(AppleCredentialRepository credentials, SecretCipherPort cipher,
                                                     ClockPort clock) {
        return new SaveAppleCredentialsService(credentials, cipher, clock);
    }

    @Produces
    @Singleton
    GetAppleCredentialsUseCase getAppleCredentials(AppleCredentialRepository credentials) {
        return new GetAppleCredentialsService(credentials);
    }

    @Produces
    @Singleton
    DeleteAppleCredentialsUseCase deleteAppleCredentials(AppleCredentialRepository credentials) {
        return new DeleteAppleCredentialsService(credentials);
    }

    @Produces
    @Singleton
    SubmitTestFlightUseCase submitTestFlight(AppleCredentialRepository credentials, SecretCipherPort cipher,
                                             AppStoreConnectPort appStoreConnect, TestFlightLogPort log) {
        return new SubmitTestFlightService(credentials, cipher, appStoreConnect, log);
    }
}
