package ai.iiagent.e2e.realtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model APIs the coding CLIs call and Anthropic's OAuth token endpoint, on WireMock with the
 * transcripts under {@code transcripts/coding-cli/}; and stand-in CLI packages (node scripts under
 * {@code coding-cli/}) that npm installs in place of {@code @openai/codex} and
 * {@code @anthropic-ai/claude-code}, so install, mount, credentials and output parsing are the real
 * code path. Only the right key / token gets a model answer; anything else gets the provider's 401.
 */
public class CodingCliStandIn implements QuarkusTestResourceLifecycleManager {

    static final String OPENAI_KEY = "sk-proj-TEST-codex-4f8a2b6c9d1e3f5a7b9c0d2e4f6a8b1c";
    public static final String ACCESS_TOKEN = "sk-ant-oat01-TEST-3fJ9kQ2mV7xR1pL8cN4wZ6bY0hT5gD3sA9eU2iO7";
    static final String REFRESH_TOKEN = "sk-ant-ort01-TEST-8hG2kL5nP0qS3tV6wY9zB1cE4fH7jK0mN3pR6sU9";

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/responses")).atPriority(5)
                .willReturn(json(401, "openai-invalid-key.json")));
        server.stubFor(post(urlEqualTo("/v1/responses")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + OPENAI_KEY))
                .willReturn(json(200, "openai-responses.json")));
        server.stubFor(post(urlEqualTo("/v1/messages")).atPriority(5).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")));
        server.stubFor(post(urlEqualTo("/v1/messages")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withHeader("anthropic-beta", equalTo("oauth-2025-04-20"))
                .willReturn(json(200, "anthropic-messages.json")));
        server.stubFor(post(urlEqualTo("/v1/oauth/token")).atPriority(5)
                .willReturn(json(400, "anthropic-oauth-invalid-grant.json")));
        server.stubFor(post(urlEqualTo("/v1/oauth/token")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("authorization_code")))
                .withRequestBody(matchingJsonPath("$.code", equalTo("good-code")))
                .withRequestBody(matchingJsonPath("$.code_verifier"))
                .withRequestBody(matchingJsonPath("$.state"))
                .willReturn(json(200, "anthropic-oauth-token.json")));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("coding-clis.npm", "npm");
        config.put("coding-clis.codex-package", resourceDirectory("coding-cli/fake-codex"));
        config.put("coding-clis.claude-code-package", resourceDirectory("coding-cli/fake-claude"));
        config.put("coding-clis.install-dir", temporaryDirectory());
        config.put("coding-clis.openai-base-url", server.baseUrl() + "/v1");
        config.put("coding-clis.anthropic-base-url", server.baseUrl());
        config.put("connectors.claude-code.token-url", server.baseUrl() + "/v1/oauth/token");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String resourceDirectory(String name) {
        try {
            return Path.of(CodingCliStandIn.class.getResource("/" + name + "/package.json").toURI()).getParent().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("coding-clis");
            dir.toFile().setExecutable(true, false);
            dir.toFile().setReadable(true, false);
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = CodingCliStandIn.class.getResourceAsStream("/transcripts/coding-cli/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
