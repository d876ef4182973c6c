package ai.iiagent.port.in.projects;

/**
 * Where claimed subdomains answer.
 *
 * @param baseDomain  {@code APP_BASE_DOMAIN}, null when none is configured (sites then answer under {@code pathPrefix})
 * @param urlTemplate a site's URL with {@code {subdomain}} in place of the name
 * @param registry    which registry records the claims ({@code embedded}, {@code cloudflare})
 */
public record BaseDomainInfo(String baseDomain, String urlTemplate, String pathPrefix, String registry) {
}
