package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.port.in.settings.CreateModelSettingCommand;
import ai.iiagent.port.in.settings.CreateModelSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Adds a user's model: validates, seals the key, keeps (provider, model) unique and one default per user. */
public final class CreateModelSettingService implements CreateModelSettingUseCase {

    private final ModelSettingRepository repository;
    private final SecretCipherPort cipher;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final boolean allowPrivateBaseUrls;

    public CreateModelSettingService(ModelSettingRepository repository, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                     ClockPort clock, boolean allowPrivateBaseUrls) {
        this.repository = repository;
        this.cipher = cipher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.allowPrivateBaseUrls = allowPrivateBaseUrls;
    }

    @Override
    public ModelSetting create(CreateModelSettingCommand command) {
        Instant now = clock.now();
        ModelProvider provider = ModelProvider.parseUserSelectable(command.provider());
        Optional<BaseUrl> baseUrl = ModelSettingAccess.blankToEmpty(command.baseUrl()).map(url -> BaseUrl.of(url, allowPrivateBaseUrls));
        Optional<EncryptedSecret> key = ModelSettingAccess.blankToEmpty(command.apiKey()).map(cipher::encryptText);
        ModelSetting setting = new ModelSetting(new ModelSettingId(UUID.randomUUID()), Optional.of(command.caller().userId()),
                provider, command.modelId(), command.displayName(), baseUrl, JsonObject.fieldsOf(command.params()),
                Optional.ofNullable(command.pricing()), key, command.isDefault(), command.active(), now, now);
        return unitOfWork.inTransaction(() -> {
            ModelSettingAccess.requireUnique(repository, setting);
            if (setting.isDefault()) {
                repository.clearDefault(command.caller().userId(), setting.id());
            }
            repository.save(setting);
            return setting;
        });
    }
}
