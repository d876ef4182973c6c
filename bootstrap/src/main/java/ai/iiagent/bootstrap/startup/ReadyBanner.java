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
        LOG.infof("II-Agent is up at %s  (API docs %s/q/swagger-ui, readiness %s/q/health/ready)", url, url, url);
        if (setupStatus.getSetupStatus().firstAccountPending()) {
            LOG.infof("First login: no account exists yet. The first account registered on this installation "
                    + "becomes its admin (GET %s/v1/users/setup-status reports setup_required=true until then).", url);
        }
    }
}
