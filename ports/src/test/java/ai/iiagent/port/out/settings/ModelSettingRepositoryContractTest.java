package ai.iiagent.port.out.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.settings.ModelPricing;
import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.EncryptedSecret;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelSettingRepository}'s contract for users' rows, run against the in-memory fake and
 * against PostgreSQL (system rows are shared with other tests there, so they are not asserted).
 */
public abstract class ModelSettingRepositoryContractTest {

    protected abstract ModelSettingRepository repository();

    /** A new user who may own model settings. */
    protected abstract UserId newUser();

    @Test
    void givenAUsersRow_thenItReadsBackWithItsPricingKeyAndParams_andOnlyItsOwnerSeesIt() {
        UserId owner = newUser();
        UserId stranger = newUser();
        ModelSetting mine = row(owner, "gpt-contract-" + UUID.randomUUID(), true, Optional.of(new EncryptedSecret("k1", "sealed")));

        repository().save(mine);

        assertThat(repository().findById(mine.id())).hasValueSatisfying(found -> {
            assertThat(found.owner()).contains(owner);
            assertThat(found.provider()).isEqualTo(ModelProvider.OPENAI);
            assertThat(found.modelId()).isEqualTo(mine.modelId());
            assertThat(found.displayName()).isEqualTo(mine.displayName());
            // A JSON number: the store may hand back a Double or a BigDecimal, the value is what counts.
            assertThat(found.params()).containsOnlyKeys("temperature", "reasoning_effort")
                    .containsEntry("reasoning_effort", "low");
            assertThat(((Number) found.params().get("temperature")).doubleValue()).isEqualTo(0.5);
            assertThat(found.pricing()).hasValueSatisfying(pricing -> {
                assertThat(pricing.input()).isEqualByComparingTo("1.25");
                assertThat(pricing.output()).isEqualByComparingTo("10");
            });
            assertThat(found.apiKey()).contains(new EncryptedSecret("k1", "sealed"));
            assertThat(found.isDefault()).isTrue();
            assertThat(found.active()).isTrue();
        });
        assertThat(repository().listOwnedBy(owner)).extracting(ModelSetting::id).containsExactly(mine.id());
        assertThat(repository().listVisibleTo(owner)).extracting(ModelSetting::id).contains(mine.id());
        assertThat(repository().listOwnedBy(stranger)).isEmpty();
        assertThat(repository().listVisibleTo(stranger)).extracting(ModelSetting::id).doesNotContain(mine.id());
        assertThat(repository().listSystem()).extracting(ModelSetting::id).doesNotContain(mine.id());
    }

    @Test
    void givenANewDefault_thenClearDefaultUnsetsTheUsersOtherDefault_andLeavesOtherUsersAlone() {
        UserId owner = newUser();
        UserId other = newUser();
        ModelSetting older = row(owner, "older-" + UUID.randomUUID(), true, Optional.empty());
        ModelSetting chosen = row(owner, "chosen-" + UUID.randomUUID(), false, Optional.empty());
        ModelSetting elsewhere = row(other, "elsewhere-" + UUID.randomUUID(), true, Optional.empty());
        repository().save(older);
        repository().save(chosen);
        repository().save(elsewhere);

        // The settings service's order: clear the others, then mark the chosen one (one default per user).
        repository().clearDefault(owner, chosen.id());
        repository().save(chosen.withDefault(true, chosen.updatedAt()));

        assertThat(repository().findById(older.id())).hasValueSatisfying(found -> assertThat(found.isDefault()).isFalse());
        assertThat(repository().findById(chosen.id())).hasValueSatisfying(found -> assertThat(found.isDefault()).isTrue());
        assertThat(repository().findById(elsewhere.id())).hasValueSatisfying(found -> assertThat(found.isDefault()).isTrue());
    }

    @Test
    void givenADelete_thenTheRowIsGone_onceOnly() {
        ModelSetting row = row(newUser(), "gone-" + UUID.randomUUID(), false, Optional.empty());
        repository().save(row);

        assertThat(repository().delete(row.id())).isTrue();
        assertThat(repository().delete(row.id())).isFalse();
        assertThat(repository().findById(row.id())).isEmpty();
    }

    @Test
    void givenKeysSealedWithAnOldKey_thenTheScanFindsThemInIdOrder_pagingAfterTheCursor() {
        UserId owner = newUser();
        String oldKey = "old" + UUID.randomUUID().toString().substring(0, 8);
        String currentKey = "current" + UUID.randomUUID().toString().substring(0, 8);
        List<ModelSetting> stale = List.of(row(owner, "a-" + UUID.randomUUID(), false, Optional.of(new EncryptedSecret(oldKey, "x"))),
                row(owner, "b-" + UUID.randomUUID(), false, Optional.of(new EncryptedSecret(oldKey, "y"))));
        ModelSetting fresh = row(owner, "c-" + UUID.randomUUID(), false, Optional.of(new EncryptedSecret(currentKey, "z")));
        stale.forEach(repository()::save);
        repository().save(fresh);
        List<ModelSettingId> staleInOrder = stale.stream().map(ModelSetting::id)
                .sorted(Comparator.comparing(id -> id.value().toString())).toList();

        List<ModelSettingId> scanned = repository().findWithKeyNotSealedBy(currentKey, null, 100_000).stream()
                .map(ModelSetting::id).toList();
        List<ModelSettingId> afterFirst = repository().findWithKeyNotSealedBy(currentKey, staleInOrder.get(0), 100_000)
                .stream().map(ModelSetting::id).toList();

        assertThat(scanned).isSortedAccordingTo(Comparator.comparing(id -> id.value().toString()))
                .containsSubsequence(staleInOrder).doesNotContain(fresh.id());
        assertThat(afterFirst).contains(staleInOrder.get(1)).doesNotContain(staleInOrder.get(0));
    }

    private static ModelSetting row(UserId owner, String modelId, boolean isDefault, Optional<EncryptedSecret> key) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new ModelSetting(new ModelSettingId(UUID.randomUUID()), Optional.of(owner), ModelProvider.OPENAI, modelId,
                "Model " + modelId, Optional.empty(), Map.of("temperature", 0.5, "reasoning_effort", "low"),
                Optional.of(new ModelPricing(new BigDecimal("1.25"), BigDecimal.TEN, null, null)), key, isDefault, true,
                at, at);
    }
}
