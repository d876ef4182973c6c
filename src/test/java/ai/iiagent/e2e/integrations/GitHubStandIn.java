package ai.iiagent.e2e.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub on WireMock: the OAuth token endpoint ({@code POST /login/oauth/access_token}, which answers
 * 200 with an {@code error} field for refused codes) and the REST API ({@code /user}, {@code /user/repos},
 * {@code DELETE /applications/{client_id}/grant}), answering with the transcripts under
 * {@code transcripts/github/}; plus a directory of bare git repositories standing in for github.com's
 * clone URLs ({@link LocalGitRepositories}).
 */
public class GitHubStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "Iv1.8a61f9b3a7aba766";
    static final String CLIENT_SECRET = "1234567890abcdef1234567890abcdef12345678";
    static final String OAUTH_APP_TOKEN = "gho_16C7e42F292c6912E7710c838347Ae178B4a";
    static final String EXPIRING_TOKEN = "ghu_16C7e42F292c6912E7710c838347Ae178B4a";
    static final String REFRESH_TOKEN = "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498";
    static final String REFRESHED_TOKEN = "ghu_9aB3c7D1e5F2a8B4c6D0e1F7a3B9c5D2e8F4a0B6";
    static final String REFRESHED_REFRESH_TOKEN =
            "ghr_7F3e9A1b5C2d8E4f6A0b1C7d3E9f5A2b8C4d0E6f1A7b3C9d5E2f8A4b0C6d1E7f3A9b5C2d8E4f6A0b1C";
    static final String REDIRECT_URI = "https://agent.example/connectors/github/callback";

    public static WireMockServer server;
    static Path repositories;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        token("code=good-code", "token-oauth-app.json");
        token("code=expiring-code", "token-github-app-expiring.json");
        token("code=bad-code", "token-bad-verification-code.json");
        token("refresh_token=" + REFRESH_TOKEN, "token-refreshed.json");
        token("refresh_token=ghr_revoked", "token-bad-refresh-token.json");
        server.stubFor(get(urlEqualTo("/user")).withHeader("Authorization", matching("Bearer gh[ou]_.*"))
                .willReturn(json(200, "user-octocat.json")));
        server.stubFor(get(urlPathEqualTo("/user/repos")).withHeader("Authorization", matching("Bearer gh[ou]_.*"))
                .willReturn(json(200, "user-repos.json")));
        server.stubFor(get(urlPathEqualTo("/user/repos")).withHeader("Authorization", matching("Bearer ghu_revoked.*"))
                .atPriority(1).willReturn(json(401, "bad-credentials.json")));
        server.stubFor(delete(urlEqualTo("/applications/" + CLIENT_ID + "/grant"))
                .willReturn(aResponse().withStatus(204)));
        repositoryApi();
        repositories = LocalGitRepositories.create();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connectors.github.client-id", CLIENT_ID);
        config.put("connectors.github.client-secret", CLIENT_SECRET);
        config.put("connectors.github.redirect-uri", REDIRECT_URI);
        config.put("connectors.github.app-name", "ii-agent-test");
        config.put("connectors.github.oauth-base", server.baseUrl());
        config.put("connectors.github.api-base", server.baseUrl());
        config.put("connectors.github.clone-base", repositories.toUri().toString());
        config.put("quarkus.log.category.\"ai.iiagent\".level", "DEBUG");
        // every request line is logged too, so a token in a URL would show up in the captured log
        config.put("quarkus.http.access-log.enabled", "true");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The repository calls of chat's github tool on octocat/Hello-World (404 for anything else). */
    private static void repositoryApi() {
        String repo = "/repos/octocat/Hello-World";
        String auth = "Bearer gh[ou]_.*";
        server.stubFor(get(urlPathEqualTo(repo + "/issues")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "repo-issues.json")));
        server.stubFor(get(urlEqualTo(repo + "/issues/1347")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "issue-1347.json")));
        server.stubFor(get(urlEqualTo(repo + "/issues/9999")).withHeader("Authorization", matching(auth))
                .willReturn(json(404, "not-found.json")));
        server.stubFor(post(urlEqualTo(repo + "/issues")).withHeader("Authorization", matching(auth))
                .willReturn(json(201, "issue-created.json")));
        server.stubFor(post(urlEqualTo(repo + "/issues")).withHeader("Authorization", matching(auth)).atPriority(1)
                .withRequestBody(containing("nobody-here")).willReturn(json(422, "issue-validation-failed.json")));
        server.stubFor(post(urlEqualTo(repo + "/issues/1347/comments")).withHeader("Authorization", matching(auth))
                .willReturn(json(201, "issue-comment-created.json")));
        server.stubFor(get(urlPathEqualTo(repo + "/pulls")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "repo-pulls.json")));
        server.stubFor(get(urlPathEqualTo(repo + "/contents/README")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "contents-readme.json")));
        server.stubFor(get(urlPathEqualTo(repo + "/contents/")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "contents-root.json")));
        server.stubFor(get(urlPathEqualTo(repo + "/commits")).withHeader("Authorization", matching(auth))
                .willReturn(json(200, "repo-commits.json")));
    }

    private static void token(String bodyPart, String transcript) {
        server.stubFor(post(urlEqualTo("/login/oauth/access_token")).withHeader("Accept", containing("application/json"))
                .withRequestBody(containing(bodyPart)).willReturn(json(200, transcript)));
    }

    static ResponseDefinitionBuilder json(int status, String transcript) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(transcript(transcript));
    }

    static String transcript(String name) {
        try (InputStream in = GitHubStandIn.class.getResourceAsStream("/transcripts/github/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
