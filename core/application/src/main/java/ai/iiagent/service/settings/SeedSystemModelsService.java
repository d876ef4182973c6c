package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.BaseUrl;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.in.settings.SeedSystemModelsCommand;
import ai.iiagent.port.in.settings.SeedSystemModelsUseCase;
import ai.iiagent.port.in.settings.SystemModelDefinition;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Upserts system rows by (provider, model id). A row whose content (key compared in plaintext)
 * is unchanged is left alone, so a second run writes nothing; operator URLs may be internal.
 */
public final class SeedSystemModelsService implements SeedSystemModelsUseCase {

    private final ModelSettingRepository repository;
    private final SecretCipherPort cipher;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public SeedSystemModelsService(ModelSettingRepository repository, SecretCipherPort cipher, UnitOfWork unitOfWork,
                                   ClockPort clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public SeedReport seed(SeedSystemModelsCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.now();
            int[] counts = new int[4];
            Set<ModelSettingId> wanted = new HashSet<>();
            List<ModelSetting> desired = new ArrayList<>();
            desired.add(ModelSetting.offlineDemo(now));
            command.models().forEach(definition -> desired.add(toSetting(definition, now)));
            for (ModelSetting candidate : desired) {
                wanted.add(upsert(candidate, counts));
            }
            for (ModelSetting stale : repository.listSystem()) {
                if (stale.active() && !wanted.contains(stale.id())) {
                    repository.save(new ModelSetting(stale.id(), stale.owner(), stale.provider(), stale.modelId(),
                            stale.displayName(), stale.baseUrl(), stale.params(), stale.pricing(), stale.apiKey(), false,
                            false, stale.createdAt(), now));
                    counts[3]++;
                }
            }
            return new SeedReport(counts[0], counts[1], counts[2], counts[3]);
        });
    }

    private ModelSettingId upsert(ModelSetting candidate, int[] counts) {
        Optional<ModelSetting> existing = candidate.isOffline() ? repository.findById(ModelSetting.OFFLINE_ID)
                : repository.findSystem(candidate.provider(), candidate.modelId());
        if (existing.isEmpty()) {
            repository.save(candidate);
            counts[0]++;
            return candidate.id();
        }
        ModelSetting old = existing.get();
        Optional<EncryptedSecret> key = sameKey(old.apiKey(), candidate.apiKey()) ? old.apiKey() : candidate.apiKey();
        ModelSetting merged = new ModelSetting(old.id(), Optional.empty(), candidate.provider(), candidate.modelId(),
                candidate.displayName(), candidate.baseUrl(), candidate.params(), candidate.pricing(), key,
                candidate.isDefault(), true, old.createdAt(), old.updatedAt());
        if (merged.equals(old)) {
            counts[2]++;
        } else {
            repository.save(new ModelSetting(merged.id(), merged.owner(), merged.provider(), merged.modelId(),
                    merged.displayName(), merged.baseUrl(), merged.params(), merged.pricing(), merged.apiKey(),
                    merged.isDefault(), true, merged.createdAt(), candidate.updatedAt()));
            counts[1]++;
        }
        return old.id();
    }

    private boolean sameKey(Optional<EncryptedSecret> stored, Optional<EncryptedSecret> fresh) {
        if (stored.isEmpty() || fresh.isEmpty()) {
            return stored.isEmpty() && fresh.isEmpty();
        }
        return !cipher.isStale(stored.get()) && cipher.decryptText(stored.get()).equals(cipher.decryptText(fresh.get()));
    }

    private ModelSetting toSetting(SystemModelDefinition definition, Instant now) {
        ModelProvider provider = ModelProvider.parseUserSelectable(definition.provider());
        return new ModelSetting(new ModelSettingId(UUID.randomUUID()), Optional.empty(), provider, definition.modelId(),
                definition.displayName(), ModelSettingAccess.blankToEmpty(definition.baseUrl()).map(url -> BaseUrl.of(url, true)),
                JsonObject.fieldsOf(definition.params()), Optional.ofNullable(definition.pricing()),
                ModelSettingAccess.blankToEmpty(definition.apiKey()).map(cipher::encryptText), definition.isDefault(),
                true, now, now);
    }
}
