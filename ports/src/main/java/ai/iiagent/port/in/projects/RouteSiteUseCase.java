package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.SiteOrigin;
import java.util.Optional;

/**
 * Which site the app serves for a subdomain (Host {@code <subdomain>.<APP_BASE_DOMAIN>} or path
 * {@code /sites/<subdomain>/}): the live embedded deployment of the project holding the name.
 * Public: a deployed site is for everyone.
 */
public interface RouteSiteUseCase {

    /** The site's origin, empty when nothing is live there (a bad name included). */
    Optional<SiteOrigin> route(String subdomain);

    /** The base domain sites answer under ({@code APP_BASE_DOMAIN}), empty when sites answer under a path. */
    Optional<String> baseDomain();
}
