package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.port.in.settings.UpdateModelSettingCommand;
import ai.iiagent.port.in.settings.UpdateModelSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/** Applies a partial update to one of the caller's models; a stale sealed key is re-sealed on the way (lazy rotation). */
public final class UpdateModelSettingService implements UpdateModelSettingUseCase {

    private final ModelSettingRepository repository;
    private final ModelSettingAccess access;
    private final SecretCipherPort cipher;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final boolean allowPrivateBaseUrls;

    public UpdateModelSettingService(ModelSettingRepository repository, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                     ClockPort clock, boolean allowPrivateBaseUrls) {
        this.repository = repository;
        this.access = new ModelSettingAccess(repository);
        this.cipher = cipher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.allowPrivateBaseUrls = allowPrivateBaseUrls;
    }

    @Override
    public ModelSetting update(UpdateModelSettingCommand c) {
        return unitOfWork.inTransaction(() -> {
            ModelSetting old = access.owned(c.caller(), c.id());
            Instant now = clock.now();
            ModelSetting updated = new ModelSetting(old.id(), old.owner(),
                    c.provider() == null ? old.provider() : ModelProvider.parseUserSelectable(c.provider()),
                    c.modelId() == null ? old.modelId() : c.modelId(),
                    c.displayName() == null ? old.displayName() : c.displayName(),
                    c.baseUrl() == null ? old.baseUrl()
                            : ModelSettingAccess.blankToEmpty(c.baseUrl()).map(url -> BaseUrl.of(url, allowPrivateBaseUrls)),
                    c.params() == null ? old.params() : c.params().fields(),
                    c.pricing() == null ? old.pricing() : Optional.of(c.pricing()),
                    c.apiKey() == null ? fresh(old.apiKey()) : ModelSettingAccess.blankToEmpty(c.apiKey()).map(cipher::encryptText),
                    c.isDefault() == null ? old.isDefault() : c.isDefault(),
                    c.active() == null ? old.active() : c.active(), old.createdAt(), now);
            ModelSettingAccess.requireUnique(repository, updated);
            if (updated.isDefault() && !old.isDefault()) {
                repository.clearDefault(c.caller().userId(), updated.id());
            }
            repository.save(updated);
            return updated;
        });
    }

    private Optional<EncryptedSecret> fresh(Optional<EncryptedSecret> key) {
        return key.map(sealed -> cipher.isStale(sealed) ? cipher.encrypt(cipher.decrypt(sealed)) : sealed);
    }
}
