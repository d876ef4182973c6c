package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.http.integrations.GitHubAppSettings;
import ai.iiagent.adapter.integrations.anthropic.ClaudeCodeOAuthAdapter;
import ai.iiagent.adapter.http.integrations.GooglePickerSettings;
import ai.iiagent.adapter.integrations.composio.ComposioApiAdapter;
import ai.iiagent.adapter.integrations.google.GoogleDriveApiAdapter;
import ai.iiagent.adapter.integrations.google.GoogleDriveOAuthAdapter;
import ai.iiagent.adapter.integrations.github.GitHubApiAdapter;
import ai.iiagent.adapter.integrations.github.GitHubOAuthAdapter;
import ai.iiagent.adapter.integrations.github.JGitRepositoryCheckout;
import ai.iiagent.adapter.integrations.oauth.OAuthClientSettings;
import ai.iiagent.adapter.integrations.oauth.ProviderHttp;
import ai.iiagent.adapter.integrations.revenuecat.RevenueCatOAuthAdapter;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.bootstrap.config.ConnectorsConfig;
import ai.iiagent.port.in.integrations.CheckoutRepositoryUseCase;
import ai.iiagent.port.in.integrations.CompleteConnectorAuthorizationUseCase;
import ai.iiagent.port.in.integrations.DisconnectConnectorUseCase;
import ai.iiagent.port.in.integrations.BrowseComposioToolkitsUseCase;
import ai.iiagent.port.in.integrations.ConnectComposioToolkitUseCase;
import ai.iiagent.port.in.integrations.GetConnectorStatusUseCase;
import ai.iiagent.port.in.integrations.ManageComposioProfilesUseCase;
import ai.iiagent.port.in.settings.CreateMcpSettingUseCase;
import ai.iiagent.port.in.settings.DeleteMcpSettingUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.out.integrations.ComposioPort;
import ai.iiagent.port.out.integrations.ComposioProfileRepository;
import ai.iiagent.service.integrations.BrowseComposioToolkitsService;
import ai.iiagent.service.integrations.ComposioProfiles;
import ai.iiagent.service.integrations.ConnectComposioToolkitService;
import ai.iiagent.service.integrations.ManageComposioProfilesService;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesUseCase;
import ai.iiagent.port.in.files.StoreFileUseCase;
import ai.iiagent.port.out.integrations.GoogleDrivePort;
import ai.iiagent.service.integrations.ImportGoogleDriveFilesService;
import ai.iiagent.port.in.integrations.ImportSkillFromGitHubUseCase;
import ai.iiagent.port.in.integrations.ListGitHubRepositoriesUseCase;
import ai.iiagent.port.in.settings.UploadSkillUseCase;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.port.in.integrations.StartConnectorAuthorizationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ConnectorRepository;
import ai.iiagent.port.out.integrations.GitHubApiPort;
import ai.iiagent.port.out.integrations.OAuthStateRepository;
import ai.iiagent.port.out.integrations.RepositoryCheckoutPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.service.agents.QueryRepository;
import ai.iiagent.service.integrations.CheckoutRepositoryService;
import ai.iiagent.service.integrations.CompleteConnectorAuthorizationService;
import ai.iiagent.service.integrations.ConnectorTokenAccess;
import ai.iiagent.service.integrations.DisconnectConnectorService;
import ai.iiagent.service.integrations.GetConnectorStatusService;
import ai.iiagent.service.integrations.ImportSkillFromGitHubService;
import ai.iiagent.service.integrations.ListGitHubRepositoriesService;
import ai.iiagent.service.integrations.OAuthProviders;
import ai.iiagent.service.integrations.StartConnectorAuthorizationService;
import ai.iiagent.service.metering.BillableExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The connectors (issue 22): provider adapters from {@code connectors.*}, and their use cases. */
@ApplicationScoped
public class ConnectorsWiring {

    @Produces
    @Singleton
    OAuthProviders oauthProviders(ConnectorsConfig config, AppSettings app) {
        ConnectorsConfig.GitHub github = config.github();
        String oauth = github.oauthBase().replaceAll("/+$", "");
        OAuthClientSettings githubClient = new OAuthClientSettings(nonBlank(github.clientId()), nonBlank(github.clientSecret()),
                oauth + "/login/oauth/authorize", oauth + "/login/oauth/access_token", githubRedirect(config, app),
                github.scope(), Map.of());
        ConnectorsConfig.Google google = config.google();
        OAuthClientSettings googleClient = new OAuthClientSettings(nonBlank(google.clientId()), nonBlank(google.clientSecret()),
                google.authorizeUrl(), google.tokenUrl(), redirect(google.redirectUri(), app, "google-drive"), google.scope(),
                Map.of("access_type", "offline", "prompt", "consent", "include_granted_scopes", "true"));
        return new OAuthProviders(List.of(new GitHubOAuthAdapter(githubClient, github.apiBase(),
                new ProviderHttp("GitHub", config.timeout()), Clock.systemUTC()),
                new GoogleDriveOAuthAdapter(googleClient, google.revokeUrl(), google.apiBase(),
                        new ProviderHttp("Google", config.timeout()), Clock.systemUTC()),
                revenueCat(config, app), claudeCode(config)));
    }

    private static RevenueCatOAuthAdapter revenueCat(ConnectorsConfig config, AppSettings app) {
        ConnectorsConfig.RevenueCat revenuecat = config.revenuecat();
        OAuthClientSettings client = new OAuthClientSettings(nonBlank(revenuecat.clientId()), nonBlank(revenuecat.clientSecret()),
                revenuecat.authorizeUrl(), revenuecat.tokenUrl(), redirect(revenuecat.redirectUri(), app, "revenuecat"),
                revenuecat.scope(), Map.of());
        return new RevenueCatOAuthAdapter(client, revenuecat.revokeUrl(), revenuecat.apiBase(),
                new ProviderHttp("RevenueCat", config.timeout()), Clock.systemUTC());
    }

    private static ClaudeCodeOAuthAdapter claudeCode(ConnectorsConfig config) {
        ConnectorsConfig.ClaudeCode claude = config.claudeCode();
        return new ClaudeCodeOAuthAdapter(new ClaudeCodeOAuthAdapter.Settings(claude.clientId(), claude.authorizeUrl(),
                claude.tokenUrl(), claude.redirectUri(), claude.scope()), new ProviderHttp("Anthropic", config.timeout()),
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    GitHubAppSettings gitHubAppSettings(ConnectorsConfig config, AppSettings app) {
        return new GitHubAppSettings(nonBlank(config.github().clientId()), nonBlank(config.github().appName()),
                githubRedirect(config, app));
    }

    @Produces
    @ApplicationScoped
    GitHubApiPort gitHubApi(ConnectorsConfig config) {
        return new GitHubApiAdapter(config.github().apiBase(), new ProviderHttp("GitHub", config.timeout()));
    }

    @Produces
    @ApplicationScoped
    RepositoryCheckoutPort repositoryCheckout(ConnectorsConfig config) {
        return new JGitRepositoryCheckout(config.github().cloneBase(), config.github().cloneMaxFiles(),
                config.github().cloneMaxBytes());
    }

    @Produces
    @Singleton
    ConnectorTokenAccess connectorTokenAccess(OAuthProviders providers, ConnectorRepository connectors,
                                              SecretCipherPort cipher, ClockPort clock) {
        return new ConnectorTokenAccess(providers, connectors, cipher, clock);
    }

    @Produces
    @ApplicationScoped
    StartConnectorAuthorizationUseCase startConnectorAuthorization(OAuthProviders providers, OAuthStateRepository states,
                                                                   SecretCipherPort cipher, ClockPort clock) {
        return new StartConnectorAuthorizationService(providers, states, cipher, clock);
    }

    @Produces
    @ApplicationScoped
    CompleteConnectorAuthorizationUseCase completeConnectorAuthorization(OAuthProviders providers,
                                                                         OAuthStateRepository states,
                                                                         ConnectorRepository connectors,
                                                                         SecretCipherPort cipher, ClockPort clock) {
        return new CompleteConnectorAuthorizationService(providers, states, connectors, cipher, clock);
    }

    @Produces
    @ApplicationScoped
    GetConnectorStatusUseCase getConnectorStatus(OAuthProviders providers, ConnectorRepository connectors) {
        return new GetConnectorStatusService(providers, connectors);
    }

    @Produces
    @ApplicationScoped
    DisconnectConnectorUseCase disconnectConnector(OAuthProviders providers, ConnectorRepository connectors,
                                                   SecretCipherPort cipher) {
        return new DisconnectConnectorService(providers, connectors, cipher);
    }

    @Produces
    @ApplicationScoped
    ListGitHubRepositoriesUseCase listGitHubRepositories(ConnectorTokenAccess tokens, GitHubApiPort github) {
        return new ListGitHubRepositoriesService(tokens, github);
    }

    @Produces
    @ApplicationScoped
    CheckoutRepositoryUseCase checkoutRepository(ConnectorTokenAccess tokens, RepositoryCheckoutPort checkouts,
                                                 SandboxPort sandbox, BillableExecutor billable) {
        return new CheckoutRepositoryService(tokens, checkouts, sandbox, billable);
    }

    @Produces
    @ApplicationScoped
    ImportSkillFromGitHubUseCase importSkillFromGitHub(RepositoryCheckoutPort checkouts, UploadSkillUseCase upload,
                                                       SkillPackageLimits limits) {
        return new ImportSkillFromGitHubService(checkouts, upload, limits);
    }

    /** A query's {@code github_repository}, for the agent runs (AgentsWiring). */
    @Produces
    @Singleton
    QueryRepository queryRepository(CheckoutRepositoryUseCase checkout) {
        return new QueryRepository(checkout);
    }

    @Produces
    @ApplicationScoped
    GoogleDrivePort googleDrive(ConnectorsConfig config) {
        return new GoogleDriveApiAdapter(config.google().apiBase(), new ProviderHttp("Google Drive", config.timeout()));
    }

    @Produces
    @ApplicationScoped
    ImportGoogleDriveFilesUseCase importGoogleDriveFiles(ConnectorTokenAccess tokens, GoogleDrivePort drive,
                                                         StoreFileUseCase files) {
        return new ImportGoogleDriveFilesService(tokens, drive, files);
    }

    @Produces
    @ApplicationScoped
    ComposioPort composio(ConnectorsConfig config) {
        return new ComposioApiAdapter(config.composio().apiBase(), nonBlank(config.composio().apiKey()),
                new ProviderHttp("Composio", config.timeout()));
    }

    @Produces
    @Singleton
    ComposioProfiles composioProfiles(ComposioPort composio, ComposioProfileRepository profiles, ClockPort clock,
                                      DeleteMcpSettingUseCase deleteSetting) {
        return new ComposioProfiles(composio, profiles, clock, deleteSetting);
    }

    @Produces
    @ApplicationScoped
    BrowseComposioToolkitsUseCase browseComposioToolkits(ComposioPort composio) {
        return new BrowseComposioToolkitsService(composio);
    }

    @Produces
    @ApplicationScoped
    ConnectComposioToolkitUseCase connectComposioToolkit(ComposioProfiles profiles, SecretCipherPort cipher,
                                                         ConnectorsConfig config, AppSettings app) {
        return new ConnectComposioToolkitService(profiles, cipher, redirect(config.composio().redirectUri(), app, "composio"));
    }

    @Produces
    @ApplicationScoped
    ManageComposioProfilesUseCase manageComposioProfiles(ComposioProfiles profiles, SecretCipherPort cipher,
                                                         CreateMcpSettingUseCase create, UpdateMcpSettingUseCase update) {
        return new ManageComposioProfilesService(profiles, cipher, create, update);
    }

    @Produces
    @Singleton
    GooglePickerSettings googlePickerSettings(ConnectorsConfig config) {
        return new GooglePickerSettings(nonBlank(config.google().clientId()), nonBlank(config.google().pickerDeveloperKey()),
                nonBlank(config.google().pickerAppId()), config.google().scope());
    }

    private static String githubRedirect(ConnectorsConfig config, AppSettings app) {
        return redirect(config.github().redirectUri(), app, "github");
    }

    private static String redirect(Optional<String> configured, AppSettings app, String provider) {
        return Optional.ofNullable(nonBlank(configured)).orElse(app.publicUrl() + "/connectors/" + provider + "/callback");
    }

    private static String nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty()).orElse(null);
    }
}
