package ai.iiagent.bootstrap.startup;

import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.port.in.users.GetSetupStatusUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The last start-up lines: where to reach the server and, on a fresh installation, how to begin. */
@ApplicationScoped
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    private final AppSettings settings;
    private final GetSetupStatusUseCase setupStatus;

    public ReadyBanner(AppSettings settings, GetSetupStatusUseCase setupStatus) {
        this.settings = settings;
        this.setupStatus = setupStatus;
    }

    void print() {
        String url = settings.publicUrl();
        LOG.infof("II-Agent is up at %s : open it in a browser (API docs %s/q/swagger-ui, readiness %s/q/health/ready)", url, url, url);
        if (setupStatus.getSetupStatus().firstAccountPending()) {
            LOG.infof("First login: no account exists yet. Create the admin account with POST %s/auth/local/register "
                    + "{\"email\": ..., \"password\": (8+ characters)}; the first account becomes admin. "
                    + "Details: docs/api/auth.md", url);
        }
    }
}
