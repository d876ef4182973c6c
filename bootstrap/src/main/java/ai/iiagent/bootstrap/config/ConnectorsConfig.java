package ai.iiagent.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The OAuth connectors ({@code connectors.*}; environment variables keep the original's names:
 * {@code GITHUB_CLIENT_ID}, {@code GITHUB_CLIENT_SECRET}, {@code GITHUB_REDIRECT_URI}, ...). A provider
 * without a client id and secret is "not configured". See docs/connectors.md.
 */
@ConfigMapping(prefix = "connectors")
public interface ConnectorsConfig {

    /** Timeout of each call to a provider. */
    @WithDefault("PT20S")
    Duration timeout();

    GitHub github();

    Google google();

    Composio composio();

    RevenueCat revenuecat();

    /** RevenueCat: an OAuth client registered with RevenueCat's support (confidential, HTTP Basic). */
    interface RevenueCat {
        Optional<String> clientId();

        Optional<String> clientSecret();

        /** Default: {@code <public url>/connectors/revenuecat/callback}. */
        Optional<String> redirectUri();

        @WithDefault("project_configuration:projects:read project_configuration:apps:read")
        String scope();

        @WithDefault("https://api.revenuecat.com/oauth2/authorize")
        String authorizeUrl();

        @WithDefault("https://api.revenuecat.com/oauth2/token")
        String tokenUrl();

        @WithDefault("https://api.revenuecat.com/oauth2/revoke")
        String revokeUrl();

        @WithDefault("https://api.revenuecat.com")
        String apiBase();

        /**
         * RevenueCat's hosted MCP server, offered to a connected account's runs on its OAuth token
         * ({@code REVENUECAT_MCP_URL}; set it empty to offer none).
         */
        Optional<String> mcpUrl();
    }

    /** Composio: the project API key (server-side only) and where its connection page sends users back. */
    interface Composio {
        Optional<String> apiKey();

        /** Default: {@code <public url>/connectors/composio/callback}. */
        Optional<String> redirectUri();

        @WithDefault("https://backend.composio.dev/api/v3")
        String apiBase();

        /** The signing secret of Composio's webhook subscription ({@code COMPOSIO_WEBHOOK_SECRET}); unset: webhooks off. */
        Optional<String> webhookSecret();
    }

    /** Google Drive: an OAuth client of a Google Cloud project with the Drive API enabled. */
    interface Google {
        Optional<String> clientId();

        Optional<String> clientSecret();

        /** Default: {@code <public url>/connectors/google-drive/callback}. */
        Optional<String> redirectUri();

        /** The Picker's API key ({@code GOOGLE_PICKER_DEVELOPER_KEY}), public by design. */
        Optional<String> pickerDeveloperKey();

        /** The Cloud project number the Picker needs ({@code GOOGLE_PICKER_APP_ID}). */
        Optional<String> pickerAppId();

        @WithDefault("https://www.googleapis.com/auth/drive.file")
        String scope();

        @WithDefault("https://accounts.google.com/o/oauth2/v2/auth")
        String authorizeUrl();

        @WithDefault("https://oauth2.googleapis.com/token")
        String tokenUrl();

        @WithDefault("https://oauth2.googleapis.com/revoke")
        String revokeUrl();

        @WithDefault("https://www.googleapis.com")
        String apiBase();
    }

    /** GitHub: an OAuth app or a GitHub App's client. */
    interface GitHub {
        Optional<String> clientId();

        Optional<String> clientSecret();

        /** Default: {@code <public url>/connectors/github/callback}. */
        Optional<String> redirectUri();

        /** A GitHub App's slug, for its install page. */
        Optional<String> appName();

        @WithDefault("repo read:user")
        String scope();

        /** Tests point these at a stand-in. */
        @WithDefault("https://github.com")
        String oauthBase();

        @WithDefault("https://api.github.com")
        String apiBase();

        /** Where repositories are cloned from ({@code <clone base>/<owner>/<name>.git}). */
        @WithDefault("https://github.com")
        String cloneBase();

        @WithDefault("5000")
        int cloneMaxFiles();

        @WithDefault("209715200")
        long cloneMaxBytes();
    }

    ClaudeCode claudeCode();

    /** Claude Code's sign-in with a Claude account: Anthropic's OAuth for Claude Code's public client. */
    interface ClaudeCode {
        @WithDefault("9d1c250a-e61b-44d9-88ed-5944d1962f5e")
        String clientId();

        @WithDefault("https://claude.ai/oauth/authorize")
        String authorizeUrl();

        @WithDefault("https://console.anthropic.com/v1/oauth/token")
        String tokenUrl();

        @WithDefault("https://console.anthropic.com/oauth/code/callback")
        String redirectUri();

        @WithDefault("org:create_api_key user:profile user:inference")
        String scope();
    }

    Apple apple();

    /** App Store Connect's REST API (TestFlight submissions on users' own API keys). */
    interface Apple {
        @WithDefault("https://api.appstoreconnect.apple.com")
        String apiBase();
    }
}
