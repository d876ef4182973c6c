package ai.iiagent.port.out.files;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.AssetStatus;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link AssetRepository} does. */
public abstract class AssetRepositoryContractTest {

    protected abstract AssetRepository repository();

    protected abstract UserId newUser();

    protected abstract SessionId newSession(UserId owner);

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private Asset pending(UserId owner, AssetPurpose purpose, Instant at, SessionId session) {
        return Asset.pending(AssetId.random(), owner, FileName.sanitise("photo.PNG"), new ContentType("image/png"), 3,
                purpose, session, at.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenSavedAsset_whenFoundByIdOrKey_thenSameValues() {
        UserId owner = newUser();
        SessionId session = newSession(owner);
        Asset saved = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, session));

        assertThat(repository().findById(saved.id())).contains(saved);
        assertThat(repository().findByKey(saved.key())).contains(saved);
        assertThat(repository().findById(AssetId.random())).isEmpty();
    }

    @Test
    void givenPendingAsset_whenCompletedAndSaved_thenReadyAndListed() {
        UserId owner = newUser();
        Asset pending = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, null));
        assertThat(repository().listReady(owner, AssetPurpose.UPLOAD, 10, 0)).isEmpty();

        repository().save(pending.completed(3, T0.plusSeconds(5)));

        assertThat(repository().findById(pending.id())).hasValueSatisfying(
                asset -> assertThat(asset.status()).isEqualTo(AssetStatus.READY));
        assertThat(repository().listReady(owner, AssetPurpose.UPLOAD, 10, 0)).extracting(Asset::id)
                .containsExactly(pending.id());
    }

    @Test
    void givenReadyAssets_whenListed_thenNewestFirstPagedAndByPurposeAndOwner() {
        UserId owner = newUser();
        UserId other = newUser();
        Asset older = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, null).completed(3, T0));
        Asset newer = repository().save(pending(owner, AssetPurpose.UPLOAD, T0.plusSeconds(60), null).completed(3, T0));
        repository().save(pending(owner, AssetPurpose.AVATAR, T0.plusSeconds(90), null).completed(3, T0));
        repository().save(pending(other, AssetPurpose.UPLOAD, T0.plusSeconds(120), null).completed(3, T0));

        assertThat(repository().listReady(owner, AssetPurpose.UPLOAD, 10, 0)).extracting(Asset::id)
                .containsExactly(newer.id(), older.id());
        assertThat(repository().listReady(owner, AssetPurpose.UPLOAD, 1, 1)).extracting(Asset::id)
                .containsExactly(older.id());
        assertThat(repository().countReady(owner, AssetPurpose.UPLOAD)).isEqualTo(2);
        assertThat(repository().countReady(owner, AssetPurpose.AVATAR)).isEqualTo(1);
    }

    @Test
    void givenLinks_whenListed_thenReadyLinkedAssetsOnceEach() {
        UserId owner = newUser();
        SessionId session = newSession(owner);
        Asset ready = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, null).completed(3, T0));
        Asset stillPending = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, null));
        repository().link(session, ready.id());
        repository().link(session, ready.id());
        repository().link(session, stillPending.id());

        assertThat(repository().listLinked(session)).extracting(Asset::id).containsExactly(ready.id());
        assertThat(repository().isLinked(session, ready.id())).isTrue();
        assertThat(repository().isLinked(newSession(owner), ready.id())).isFalse();
    }

    @Test
    void givenOldPendingRecentPendingAndOldReady_whenSweepCandidatesListed_thenOnlyOldPendingAndDeletableOnce() {
        UserId owner = newUser();
        Instant longAgo = Instant.parse("1999-01-01T00:00:00Z").plusSeconds(Math.abs(owner.value().getLeastSignificantBits() % 100_000));
        Asset oldPending = repository().save(pending(owner, AssetPurpose.UPLOAD, longAgo, null));
        Asset oldReady = repository().save(pending(owner, AssetPurpose.UPLOAD, longAgo, null).completed(3, longAgo));
        Asset recentPending = repository().save(pending(owner, AssetPurpose.UPLOAD, T0, null));
        Instant cutoff = Instant.parse("2000-01-01T00:00:00Z");

        assertThat(repository().listPendingCreatedBefore(cutoff, 1000)).extracting(Asset::id)
                .contains(oldPending.id()).doesNotContain(oldReady.id(), recentPending.id());

        assertThat(repository().deletePending(oldReady.id())).isFalse();
        assertThat(repository().deletePending(oldPending.id())).isTrue();
        assertThat(repository().deletePending(oldPending.id())).isFalse();
        assertThat(repository().findById(oldPending.id())).isEmpty();
        assertThat(repository().findById(oldReady.id())).isPresent();
    }
}
