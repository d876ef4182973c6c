package ai.iiagent.bootstrap.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Turns the framework's config mapping into the plain records the rest of the app receives. */
@ApplicationScoped
public class SettingsWiring {

    // @Singleton, not @ApplicationScoped: records are final and cannot be proxied.
    @Produces
    @Singleton
    AppSettings appSettings(AppConfig config, @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        return config.toSettings(httpPort);
    }
}
