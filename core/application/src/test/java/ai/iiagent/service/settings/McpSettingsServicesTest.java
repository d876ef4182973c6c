package ai.iiagent.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.settings.McpServer;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.settings.CreateMcpSettingCommand;
import ai.iiagent.port.in.settings.GetMcpSettingQuery;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.UpdateMcpSettingCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.secrets.FakeSecretCipher;
import ai.iiagent.port.out.settings.InMemoryMcpSettingRepository;
import ai.iiagent.port.out.settings.InMemoryModelSettingRepository;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class McpSettingsServicesTest {

    private final InMemoryMcpSettingRepository mcp = new InMemoryMcpSettingRepository();
    private final FakeSecretCipher cipher = new FakeSecretCipher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CreateMcpSettingService create = new CreateMcpSettingService(mcp, cipher, clock);
    private final UpdateMcpSettingService update = new UpdateMcpSettingService(mcp, cipher, new DirectUnitOfWork(), clock);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenSecrets_whenCreated_thenSealed_andMaskedValueOnUpdateKeepsTheStoredOne() {
        McpSetting created = create.create(new CreateMcpSettingCommand(ada, List.of(stdio("gh", Map.of("TOKEN", "t0p")),
                new McpServerSpec("remote", null, null, null, "https://mcp.example.com", Map.of("Authorization", "Bearer x"),
                        "sse")), JsonObject.EMPTY, true));
        McpServer.Stdio gh = (McpServer.Stdio) created.servers().get(0);
        assertThat(gh.env().get("TOKEN").toText()).doesNotContain("t0p");

        McpSetting updated = update.update(new UpdateMcpSettingCommand(ada, created.id(),
                List.of(stdio("gh", Map.of("TOKEN", McpServerSpec.MASK, "NEW", "n3w"))), null, null));

        McpServer.Stdio after = (McpServer.Stdio) updated.servers().get(0);
        assertThat(cipher.decryptText(after.env().get("TOKEN"))).isEqualTo("t0p");
        assertThat(cipher.decryptText(after.env().get("NEW"))).isEqualTo("n3w");
        assertThat(updated.servers()).hasSize(1);
    }

    @Test
    void givenBadShapes_whenCreated_thenStableCodes_andForeignSettingsAreNotFound() {
        assertCode(() -> create.create(new CreateMcpSettingCommand(ada, List.of(), JsonObject.EMPTY, true)), "mcp_config_too_large");
        assertCode(() -> create.create(new CreateMcpSettingCommand(ada, List.of(stdio("a b", Map.of())), JsonObject.EMPTY, true)),
                "invalid_mcp_server_name");
        assertCode(() -> create.create(new CreateMcpSettingCommand(ada, List.of(stdio("a", Map.of()), stdio("a", Map.of())),
                JsonObject.EMPTY, true)), "invalid_mcp_server_name");
        assertCode(() -> create.create(new CreateMcpSettingCommand(ada, List.of(stdio("a", Map.of("K", McpServerSpec.MASK))),
                JsonObject.EMPTY, true)), "invalid_mcp_config");

        McpSetting mine = create.create(new CreateMcpSettingCommand(ada, List.of(stdio("a", Map.of())), JsonObject.EMPTY, true));
        Identity bob = new Identity(UserId.random(), UserRole.USER);
        assertCode(() -> new GetMcpSettingService(mcp).get(new GetMcpSettingQuery(bob, mine.id())), "mcp_setting_not_found");
    }

    @Test
    void givenRotatedKey_whenReEncrypted_thenOnlyStaleSettingsAreRewritten() {
        McpSetting old = create.create(new CreateMcpSettingCommand(ada, List.of(stdio("a", Map.of("K", "v"))), JsonObject.EMPTY, true));
        cipher.rotateTo("key2");
        create.create(new CreateMcpSettingCommand(ada, List.of(stdio("b", Map.of("K", "w"))), JsonObject.EMPTY, true));

        int resealed = new ReEncryptSecretsService(new InMemoryModelSettingRepository(), mcp, cipher, new DirectUnitOfWork())
                .reEncrypt(new ReEncryptSecretsCommand(1)).resealed();

        assertThat(resealed).isEqualTo(1);
        McpServer server = mcp.findById(old.id()).orElseThrow().servers().get(0);
        assertThat(server.secrets().get("K").keyId()).isEqualTo("key2");
        assertThat(cipher.decryptText(server.secrets().get("K"))).isEqualTo("v");
    }

    private static McpServerSpec stdio(String name, Map<String, String> env) {
        return new McpServerSpec(name, "npx", List.of("-y", "server"), env, null, null, null);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code().value()).isEqualTo(code));
    }
}
