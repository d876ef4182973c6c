package ai.iiagent.e2e.settings;

import static ai.iiagent.e2e.settings.SettingsUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModelSettingsApiTest {

    private static final String KEY = "sk-live-ABCDEF0123456789-secret";

    @Inject
    DataSource dataSource;

    @Inject
    SecretCipherPort cipher;

    @Test
    void givenNewUser_whenListingModels_thenOfflineAndSystemModelsAreListed_withoutKeys() {
        String token = SettingsUsers.newAccessToken();

        Response list = as(token).get("/v1/user-settings/models").then().statusCode(200).extract().response();

        assertThat(list.jsonPath().getString("models[0].id")).isEqualTo(UUID.nameUUIDFromBytes(
                "ii-agent:model:offline-demo".getBytes()).toString());
        assertThat(list.jsonPath().getString("models[0].model_id")).isEqualTo("offline-demo");
        assertThat(list.jsonPath().getString("models[0].provider")).isEqualTo("offline");
        assertThat(list.jsonPath().getString("models[0].display_name")).isEqualTo("Offline demo model (scripted, no network)");
        assertThat(list.jsonPath().getBoolean("models[0].offline")).isTrue();
        assertThat(list.jsonPath().getString("models[0].config_type")).isEqualTo("system");
        Map<String, Object> system = list.jsonPath().getMap("models.find { it.model_id == 'gpt-4o-mini' }");
        assertThat(system).containsEntry("config_type", "system").containsEntry("has_api_key", true)
                .containsEntry("provider", "openai").containsEntry("offline", false).doesNotContainKey("api_key");
        assertThat(list.asString()).doesNotContain("sk-system-test-key");
    }

    @Test
    void givenByokModel_whenCreated_thenKeyIsEncryptedAtRest_andOnlyHasApiKeyIsShown() throws Exception {
        String token = SettingsUsers.newAccessToken();

        Response created = as(token).body(Map.of("provider", "anthropic", "model_id", "claude-sonnet-4-5",
                        "display_name", "My Claude", "api_key", KEY, "params", Map.of("temperature", 0.2),
                        "pricing", Map.of("input", 3, "output", 15, "cache_write", 3.75, "cache_read", 0.3), "is_default", true))
                .post("/v1/user-settings/models").then().statusCode(201)
                .body("has_api_key", equalTo(true)).body("config_type", equalTo("user")).body("is_default", equalTo(true))
                .body("pricing.cache_write", equalTo(3.75f)).body("params.temperature", equalTo(0.2f))
                .body("api_key", nullValue()).extract().response();
        String id = created.path("id");
        assertThat(created.asString()).doesNotContain(KEY);

        String stored = rawKey(id);
        assertThat(stored).doesNotContain(KEY).doesNotContain("ABCDEF0123456789").startsWith("v1:" + cipher.currentKeyId() + ":");
        assertThat(cipher.decryptText(EncryptedSecret.parse(stored))).isEqualTo(KEY);

        as(token).get("/v1/user-settings/models/" + id).then().statusCode(200)
                .body("display_name", equalTo("My Claude")).body("has_api_key", equalTo(true));
        as(token).get("/v1/user-settings/models").then().body("models.id", hasItem(id));
    }

    @Test
    void givenOwnModel_whenUpdatedAndDeleted_thenPartialUpdateKeepsKey_andRemovalIsFinal() throws Exception {
        String token = SettingsUsers.newAccessToken();
        String id = create(token, "gpt-4o");
        String sealedBefore = rawKey(id);

        as(token).body(Map.of("display_name", "Renamed")).put("/v1/user-settings/models/" + id).then().statusCode(200)
                .body("display_name", equalTo("Renamed")).body("model_id", equalTo("gpt-4o")).body("has_api_key", equalTo(true));
        assertThat(rawKey(id)).isEqualTo(sealedBefore);

        as(token).body(Map.of("api_key", "")).put("/v1/user-settings/models/" + id).then().statusCode(200)
                .body("has_api_key", equalTo(false));
        assertThat(rawKey(id)).isNull();

        as(token).delete("/v1/user-settings/models/" + id).then().statusCode(204);
        as(token).get("/v1/user-settings/models/" + id).then().statusCode(404).body("code", equalTo("model_setting_not_found"));
    }

    @Test
    void givenInvalidInput_whenCreating_thenStableProblemCodes() {
        String token = SettingsUsers.newAccessToken();

        expectCode(token, Map.of("provider", "cohere-ish", "model_id", "x"), 400, "invalid_model_provider");
        expectCode(token, Map.of("provider", "offline", "model_id", "x"), 400, "invalid_model_provider");
        expectCode(token, Map.of("provider", "openai", "model_id", "bad id with spaces"), 400, "invalid_model_id");
        expectCode(token, Map.of("provider", "openai_compatible", "model_id", "llama"), 400, "base_url_required");
        expectCode(token, Map.of("provider", "openai", "model_id", "m", "base_url", "ftp://example.com"), 400, "invalid_base_url");
        for (String internal : List.of("http://localhost:11434/v1", "http://127.0.0.1/v1", "http://10.1.2.3", "http://192.168.0.10",
                "http://169.254.169.254/latest", "http://[::1]:8080", "http://metadata.internal")) {
            expectCode(token, Map.of("provider", "openai_compatible", "model_id", "m", "base_url", internal), 400,
                    "private_base_url_refused");
        }
        expectCode(token, Map.of("provider", "openai", "model_id", "m", "pricing", Map.of("input", -1, "output", 1)), 400,
                "invalid_model_pricing");

        create(token, "gpt-4o");
        expectCode(token, Map.of("provider", "openai", "model_id", "gpt-4o"), 409, "model_setting_exists");
        as(token).body(Map.of("provider", "openai_compatible", "model_id", "llama", "base_url", "https://api.example.com/v1"))
                .post("/v1/user-settings/models").then().statusCode(201).body("base_url", equalTo("https://api.example.com/v1"));
    }

    @Test
    void givenAnotherUsersModel_whenAccessed_thenNotFound_andSystemModelsAreReadOnly() {
        String owner = SettingsUsers.newAccessToken();
        String intruder = SettingsUsers.newAccessToken();
        String id = create(owner, "gpt-4o");

        as(intruder).get("/v1/user-settings/models/" + id).then().statusCode(404).body("code", equalTo("model_setting_not_found"));
        as(intruder).body(Map.of("display_name", "mine")).put("/v1/user-settings/models/" + id).then().statusCode(404);
        as(intruder).delete("/v1/user-settings/models/" + id).then().statusCode(404);
        as(intruder).get("/v1/user-settings/models").then().body("models.id", not(hasItem(id)));
        as(owner).get("/v1/user-settings/models/" + id).then().statusCode(200);

        String offline = UUID.nameUUIDFromBytes("ii-agent:model:offline-demo".getBytes()).toString();
        as(intruder).get("/v1/user-settings/models/" + offline).then().statusCode(200).body("offline", equalTo(true));
        as(intruder).delete("/v1/user-settings/models/" + offline).then().statusCode(409).body("code", equalTo("model_setting_read_only"));
        as(intruder).get("/v1/user-settings/models/not-a-uuid").then().statusCode(404);
    }

    @Test
    void givenTwoDefaults_whenSecondIsMarkedDefault_thenOnlyItStaysDefault() {
        String token = SettingsUsers.newAccessToken();
        String first = as(token).body(Map.of("provider", "openai", "model_id", "gpt-4o", "is_default", true))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
        String second = create(token, "o3-mini");

        as(token).body(Map.of("is_default", true)).put("/v1/user-settings/models/" + second).then().statusCode(200);

        as(token).get("/v1/user-settings/models/" + first).then().body("is_default", equalTo(false));
        as(token).get("/v1/user-settings/models/" + second).then().body("is_default", equalTo(true));
    }

    static String create(String token, String modelId) {
        return as(token).body(Map.of("provider", "openai", "model_id", modelId, "api_key", KEY))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
    }

    private static void expectCode(String token, Map<String, Object> body, int status, String code) {
        as(token).body(body).post("/v1/user-settings/models").then().statusCode(status).body("code", equalTo(code));
    }

    private String rawKey(String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select encrypted_api_key from model_settings where id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
