package ai.iiagent.service.files;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.files.AssetId;
import ai.iiagent.port.in.files.CompleteUploadCommand;
import ai.iiagent.port.in.files.PendingUpload;
import ai.iiagent.port.in.files.SweepAbandonedUploadsCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SweepAbandonedUploadsServiceTest extends FilesFixture {

    private final SweepAbandonedUploadsService sweep = new SweepAbandonedUploadsService(assets, storage, clock, policy, locks);

    @Test
    void givenUploadsOfAllAges_whenSwept_thenOnlyThosePendingPastTtlAndGraceGoWithTheirBytes() {
        PendingUpload abandonedWithBytes = startText(alice, null);
        upload(abandonedWithBytes, BODY);
        PendingUpload abandonedEmpty = startText(alice, null);
        PendingUpload completed = startText(alice, null);
        upload(completed, BODY);
        AssetId completedId = complete.complete(new CompleteUploadCommand(alice, completed.asset().id(), null)).asset().id();
        clock.advance(policy.urlTtl().plus(SweepAbandonedUploadsService.GRACE).minusMinutes(1));
        PendingUpload recent = startText(alice, null);

        assertThat(sweep.sweep(new SweepAbandonedUploadsCommand(10))).isZero();
        clock.advance(Duration.ofMinutes(2));

        assertThat(sweep.sweep(new SweepAbandonedUploadsCommand(10))).isEqualTo(2);
        assertThat(assets.findById(abandonedWithBytes.asset().id())).isEmpty();
        assertThat(assets.findById(abandonedEmpty.asset().id())).isEmpty();
        assertThat(storage.head(abandonedWithBytes.asset().key())).isEmpty();
        assertThat(assets.findById(completedId)).isPresent();
        assertThat(storage.head(completed.asset().key())).isPresent();
        assertThat(assets.findById(recent.asset().id())).isPresent();
        assertThat(sweep.sweep(new SweepAbandonedUploadsCommand(10))).isZero();
    }

    @Test
    void givenMoreAbandonedThanTheBatch_whenSwept_thenOneBatchAtATime() {
        for (int i = 0; i < 3; i++) {
            startText(alice, null);
        }
        clock.advance(policy.urlTtl().plus(SweepAbandonedUploadsService.GRACE).plusMinutes(1));

        assertThat(sweep.sweep(new SweepAbandonedUploadsCommand(2))).isEqualTo(2);
        assertThat(sweep.sweep(new SweepAbandonedUploadsCommand(2))).isEqualTo(1);
    }
}
