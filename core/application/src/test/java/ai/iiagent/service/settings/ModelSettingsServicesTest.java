package ai.iiagent.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.settings.CreateModelSettingCommand;
import ai.iiagent.port.in.settings.GetModelSettingQuery;
import ai.iiagent.port.in.settings.ListModelSettingsQuery;
import ai.iiagent.port.in.settings.ReEncryptReport;
import ai.iiagent.port.in.settings.ReEncryptSecretsCommand;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.in.settings.SeedSystemModelsCommand;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import ai.iiagent.port.in.settings.UpdateModelSettingCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.secrets.FakeSecretCipher;
import ai.iiagent.port.out.settings.InMemoryMcpSettingRepository;
import ai.iiagent.port.out.settings.InMemoryModelSettingRepository;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSettingsServicesTest {

    private final InMemoryModelSettingRepository models = new InMemoryModelSettingRepository();
    private final FakeSecretCipher cipher = new FakeSecretCipher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final CreateModelSettingService create = new CreateModelSettingService(models, cipher, unitOfWork, clock, false);
    private final UpdateModelSettingService update = new UpdateModelSettingService(models, cipher, unitOfWork, clock, false);
    private final SeedSystemModelsService seed = new SeedSystemModelsService(models, cipher, unitOfWork, clock);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity bob = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenNothingSeeded_whenListed_thenOfflineModelIsStillFirst() {
        List<ModelSetting> listed = new ListModelSettingsService(models).list(new ListModelSettingsQuery(ada));

        assertThat(listed).extracting(ModelSetting::modelId).containsExactly(ModelSetting.OFFLINE_MODEL_ID);
        assertThat(listed.get(0).isSystem()).isTrue();
    }

    @Test
    void givenKey_whenCreated_thenSealedNotPlain_andDuplicatesAndForeignAccessRefused() {
        ModelSetting created = create.create(command(ada, "gpt-4o", "sk-123", true));

        assertThat(created.apiKey()).hasValueSatisfying(key -> {
            assertThat(key.toText()).doesNotContain("sk-123");
            assertThat(cipher.decryptText(key)).isEqualTo("sk-123");
        });
        assertCode(() -> create.create(command(ada, "gpt-4o", null, false)), "model_setting_exists");
        assertCode(() -> new GetModelSettingService(models).get(new GetModelSettingQuery(bob, created.id())),
                "model_setting_not_found");
        assertThat(create.create(command(bob, "gpt-4o", null, false)).ownedBy(bob.userId())).isTrue();
    }

    @Test
    void givenNewDefault_whenCreated_thenPreviousDefaultIsCleared() {
        ModelSetting first = create.create(command(ada, "gpt-4o", null, true));
        ModelSetting second = create.create(command(ada, "o3", null, true));

        assertThat(models.findById(first.id()).orElseThrow().isDefault()).isFalse();
        assertThat(models.findById(second.id()).orElseThrow().isDefault()).isTrue();
    }

    @Test
    void givenInternalBaseUrl_whenNotAllowed_thenRefused_andWhenOperatorAllows_thenAccepted() {
        CreateModelSettingCommand local = new CreateModelSettingCommand(ada, "openai_compatible", "llama", null,
                "http://localhost:11434/v1", null, JsonObject.EMPTY, null, false, true);

        assertCode(() -> create.create(local), "private_base_url_refused");
        assertThat(new CreateModelSettingService(models, cipher, unitOfWork, clock, true).create(local).baseUrl())
                .hasValueSatisfying(url -> assertThat(url.value()).isEqualTo("http://localhost:11434/v1"));
    }

    @Test
    void givenOperatorModels_whenSeededTwice_thenSecondRunChangesNothing_andDroppedModelsAreDeactivated() {
        SystemModelDefinition gpt = new SystemModelDefinition("openai", "gpt-4o", null, null, "sk-sys", JsonObject.of(Map.of("temperature",
                new BigDecimal("0.0"))), new ModelPricing(new BigDecimal("2.50"), BigDecimal.TEN, null, null), true);

        assertThat(seed.seed(new SeedSystemModelsCommand(List.of(gpt)))).isEqualTo(new SeedReport(2, 0, 0, 0));
        assertThat(seed.seed(new SeedSystemModelsCommand(List.of(gpt)))).isEqualTo(new SeedReport(0, 0, 2, 0));
        SeedReport dropped = seed.seed(new SeedSystemModelsCommand(List.of()));

        assertThat(dropped).isEqualTo(new SeedReport(0, 0, 1, 1));
        assertThat(new ListModelSettingsService(models).list(new ListModelSettingsQuery(ada)))
                .extracting(ModelSetting::modelId).containsExactly(ModelSetting.OFFLINE_MODEL_ID);
        assertCode(() -> update.update(new UpdateModelSettingCommand(ada, ModelSetting.OFFLINE_ID, null, null, "x", null,
                null, null, null, null, null)), "model_setting_read_only");
    }

    @Test
    void givenRotatedKey_whenUpdatedOrReEncrypted_thenKeysAreResealedUnderTheNewKey() {
        ModelSetting lazy = create.create(command(ada, "gpt-4o", "sk-lazy", false));
        ModelSetting batch = create.create(command(ada, "o3", "sk-batch", false));
        cipher.rotateTo("key2");

        ModelSetting updated = update.update(new UpdateModelSettingCommand(ada, lazy.id(), null, null, "renamed", null, null,
                null, null, null, null));
        int resealed = new ReEncryptSecretsService(models, new InMemoryMcpSettingRepository(), cipher, unitOfWork)
                .reEncrypt(new ReEncryptSecretsCommand(1)).resealed();

        assertThat(updated.apiKey().orElseThrow().keyId()).isEqualTo("key2");
        assertThat(resealed).isEqualTo(1);
        ModelSetting after = models.findById(batch.id()).orElseThrow();
        assertThat(after.apiKey().orElseThrow().keyId()).isEqualTo("key2");
        assertThat(cipher.decryptText(after.apiKey().orElseThrow())).isEqualTo("sk-batch");
    }

    @Test
    void givenARowSealedByAForgottenKey_whenReEncrypted_thenItIsCountedAndSkipped_andTheRowsAroundItAreResealed() {
        cipher.rotateTo("lost");
        ModelSetting orphan = create.create(command(ada, "gpt-4o", "sk-orphan", false));
        cipher.rotateTo("key2");
        ModelSetting[] readable = {create.create(command(ada, "o3", "sk-a", false)), create.create(command(ada, "o4", "sk-b", false))};
        cipher.rotateTo("key3");
        cipher.forget("lost");

        ReEncryptReport report = new ReEncryptSecretsService(models, new InMemoryMcpSettingRepository(), cipher, unitOfWork)
                .reEncrypt(new ReEncryptSecretsCommand(1)); // batches of one: paging must step past the unreadable row

        assertThat(report).isEqualTo(new ReEncryptReport(2, 1));
        for (ModelSetting row : readable) {
            assertThat(models.findById(row.id()).orElseThrow().apiKey().orElseThrow().keyId()).isEqualTo("key3");
        }
        assertThat(models.findById(orphan.id()).orElseThrow().apiKey().orElseThrow().keyId()).isEqualTo("lost");
    }

    private static CreateModelSettingCommand command(Identity who, String modelId, String key, boolean isDefault) {
        return new CreateModelSettingCommand(who, "openai", modelId, null, null, key, JsonObject.EMPTY, null, isDefault, true);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code().value()).isEqualTo(code));
    }
}
