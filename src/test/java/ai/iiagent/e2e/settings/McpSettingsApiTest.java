package ai.iiagent.e2e.settings;

import static ai.iiagent.e2e.settings.SettingsUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class McpSettingsApiTest {

    private static final String TOKEN = "ghp_supersecrettoken1234567890";
    private static final String BEARER = "Bearer remote-secret-abcdef";

    @Inject
    DataSource dataSource;

    @Inject
    SecretCipherPort cipher;

    @Test
    void givenStdioAndRemoteServers_whenStored_thenSecretsAreEncryptedAtRest_andMaskedInResponses() throws Exception {
        String token = SettingsUsers.newAccessToken();

        Response created = as(token).body(config()).post("/v1/user-settings/mcp").then().statusCode(201)
                .body("mcp_config.mcpServers.github.command", equalTo("npx"))
                .body("mcp_config.mcpServers.github.args", equalTo(List.of("-y", "@modelcontextprotocol/server-github")))
                .body("mcp_config.mcpServers.github.env.GITHUB_TOKEN", equalTo("***"))
                .body("mcp_config.mcpServers.github.has_value.GITHUB_TOKEN", equalTo(true))
                .body("mcp_config.mcpServers.search.headers.Authorization", equalTo("***"))
                .body("mcp_config.mcpServers.search.transport", equalTo("sse"))
                .body("is_active", equalTo(true)).extract().response();
        String id = created.path("id");
        assertThat(created.asString()).doesNotContain(TOKEN).doesNotContain("remote-secret");

        String raw = rawConfig(id);
        assertThat(raw).doesNotContain(TOKEN).doesNotContain("supersecret").doesNotContain("remote-secret");
        Matcher sealed = Pattern.compile("\"GITHUB_TOKEN\": \"(v1:[^\"]+)\"").matcher(raw);
        assertThat(sealed.find()).as(raw).isTrue();
        assertThat(cipher.decryptText(EncryptedSecret.parse(sealed.group(1)))).isEqualTo(TOKEN);

        as(token).get("/v1/user-settings/mcp").then().statusCode(200).body("settings", hasSize(1))
                .body("settings[0].mcp_config.mcpServers.github.env.GITHUB_TOKEN", equalTo("***"));
    }

    @Test
    void givenMaskedValueSentBack_whenUpdated_thenStoredSecretIsKept_andNewValuesAreSealed() throws Exception {
        String token = SettingsUsers.newAccessToken();
        String id = as(token).body(config()).post("/v1/user-settings/mcp").then().statusCode(201).extract().path("id");

        Map<String, Object> update = Map.of("mcp_config", Map.of("mcpServers", Map.of(
                "github", Map.of("command", "npx", "args", List.of("-y", "server-github"),
                        "env", Map.of("GITHUB_TOKEN", "***", "EXTRA", "extra-secret-value")))), "is_active", false);
        as(token).body(update).put("/v1/user-settings/mcp/" + id).then().statusCode(200)
                .body("is_active", equalTo(false)).body("mcp_config.mcpServers.github.env.EXTRA", equalTo("***"))
                .body("mcp_config.mcpServers.search", equalTo(null));

        String raw = rawConfig(id);
        assertThat(raw).doesNotContain("extra-secret-value");
        Matcher kept = Pattern.compile("\"GITHUB_TOKEN\": \"(v1:[^\"]+)\"").matcher(raw);
        assertThat(kept.find()).isTrue();
        assertThat(cipher.decryptText(EncryptedSecret.parse(kept.group(1)))).isEqualTo(TOKEN);
        as(token).get("/v1/user-settings/mcp?only_active=true").then().body("settings", hasSize(0));

        Map<String, Object> unknownMask = Map.of("mcp_config", Map.of("mcpServers", Map.of(
                "other", Map.of("command", "run", "env", Map.of("K", "***")))));
        as(token).body(unknownMask).put("/v1/user-settings/mcp/" + id).then().statusCode(400).body("code", equalTo("invalid_mcp_config"));
    }

    @Test
    void givenMalformedConfigs_whenPosted_thenClearProblemCodes() {
        String token = SettingsUsers.newAccessToken();

        expect(token, Map.of("mcp_config", Map.of()), "invalid_mcp_config");
        expect(token, Map.of("mcp_config", Map.of("mcpServers", Map.of())), "mcp_config_too_large");
        expect(token, servers("bad name!", Map.of("command", "x")), "invalid_mcp_server_name");
        expect(token, servers("both", Map.of("command", "x", "url", "https://mcp.example.com")), "mcp_server_needs_command_or_url");
        expect(token, servers("neither", Map.of("args", List.of("a"))), "mcp_server_needs_command_or_url");
        expect(token, servers("remote", Map.of("url", "file:///etc/passwd")), "invalid_mcp_server_url");
        expect(token, servers("remote", Map.of("url", "https://mcp.example.com", "transport", "carrier-pigeon")),
                "invalid_mcp_transport");
        expect(token, servers("s", Map.of("command", "x", "args", "not-a-list")), "invalid_mcp_config");
        expect(token, servers("s", Map.of("command", "x", "cwd", "/tmp")), "invalid_mcp_config");
        expect(token, servers("s", Map.of("command", "x", "env", Map.of("K", "v".repeat(9000)))), "mcp_config_too_large");
    }

    @Test
    void givenAnotherUsersMcpSetting_whenAccessed_thenNotFound() {
        String owner = SettingsUsers.newAccessToken();
        String intruder = SettingsUsers.newAccessToken();
        String id = as(owner).body(config()).post("/v1/user-settings/mcp").then().statusCode(201).extract().path("id");

        as(intruder).get("/v1/user-settings/mcp/" + id).then().statusCode(404).body("code", equalTo("mcp_setting_not_found"));
        as(intruder).body(config()).put("/v1/user-settings/mcp/" + id).then().statusCode(404);
        as(intruder).delete("/v1/user-settings/mcp/" + id).then().statusCode(404);
        as(intruder).get("/v1/user-settings/mcp").then().body("settings", hasSize(0));

        as(owner).delete("/v1/user-settings/mcp/" + id).then().statusCode(204);
        as(owner).get("/v1/user-settings/mcp/" + id).then().statusCode(404);
    }

    private static Map<String, Object> config() {
        return Map.of("mcp_config", Map.of("mcpServers", Map.of(
                "github", Map.of("command", "npx", "args", List.of("-y", "@modelcontextprotocol/server-github"),
                        "env", Map.of("GITHUB_TOKEN", TOKEN)),
                "search", Map.of("url", "https://mcp.example.com/sse", "transport", "sse",
                        "headers", Map.of("Authorization", BEARER)))), "metadata", Map.of("note", "mine"));
    }

    private static Map<String, Object> servers(String name, Map<String, Object> server) {
        return Map.of("mcp_config", Map.of("mcpServers", Map.of(name, server)));
    }

    private static void expect(String token, Map<String, Object> body, String code) {
        as(token).body(body).post("/v1/user-settings/mcp").then().statusCode(400).body("code", equalTo(code));
    }

    private String rawConfig(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select mcp_config::text from mcp_settings where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
