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
}
