package ai.iiagent.adapter.http.auth.oidc;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Quarkus OIDC tenant per configured provider, used only under {@code /auth/oauth/{name}/}:
 * authorization code flow with PKCE, ID token required, redirect back to the callback path.
 * Everywhere else no tenant applies, so OIDC never touches bearer-authenticated API calls.
 */
@ApplicationScoped
public class OidcTenants implements TenantConfigResolver {

    private static final Pattern OIDC_PATH = Pattern.compile("/auth/oauth/([a-z0-9_-]+)/(login|callback)");

    private final OidcProviders providers;
    private final Map<String, OidcTenantConfig> tenants = new ConcurrentHashMap<>();

    public OidcTenants(OidcProviders providers) {
        this.providers = providers;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        Matcher path = OIDC_PATH.matcher(context.normalizedPath());
        if (!path.matches()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(providers.find(path.group(1))
                .map(provider -> tenants.computeIfAbsent(provider.name(), ignored -> tenantFor(provider)))
                .orElse(null));
    }

    private OidcTenantConfig tenantFor(OidcProviders.Provider provider) {
        return OidcTenantConfig.authServerUrl(provider.authServerUrl())
                .tenantId(provider.name())
                .clientId(provider.clientId())
                .credentials(provider.clientSecret())
                .applicationType(ApplicationType.WEB_APP)
                .authentication()
                    .redirectPath(OidcLoginResource.callbackPath(provider.name()))
                    .restorePathAfterRedirect(false)
                    .removeRedirectParameters(false)
                    .pkceRequired(true)
                    .idTokenRequired(true)
                    .stateSecret(providers.stateSecret())
                    .scopes(provider.scopes())
                    .cookiePath("/auth/oauth")
                    .javaScriptAutoRedirect(false)
                .end()
                .build();
    }
}
