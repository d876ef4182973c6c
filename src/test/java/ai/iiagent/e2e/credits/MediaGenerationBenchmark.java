package ai.iiagent.e2e.credits;

import ai.iiagent.adapter.media.offline.EspeakSpeechGenerator;
import ai.iiagent.adapter.media.offline.FfmpegVideoGenerator;
import ai.iiagent.adapter.media.offline.OfflineImageGenerator;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.MediaPrice;
import ai.iiagent.domain.credits.MediaPriceTable;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.out.media.AspectRatio;
import ai.iiagent.port.out.media.GeneratedImage;
import ai.iiagent.port.out.media.ImageGenerationRequest;
import ai.iiagent.port.out.media.SpeechRequest;
import ai.iiagent.port.out.media.VideoGenerationRequest;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the offline media generators take per file, and what the billed path (quote + reserve +
 * settle through BillableExecutor on real PostgreSQL) adds to one generation: the same offline image
 * made directly and through {@code runPaidTool}, and {@code runPaidTool} around an instant call.
 * Closed loop, one after another. Not part of the test run; run with {@code benchmarks/media.sh}
 * and read bootstrap/target/surefire-reports/*MediaGenerationBenchmark-output.txt.
 */
@QuarkusTest
class MediaGenerationBenchmark {

    private static final int RUNS = 20;

    @Inject
    BillableExecutor billable;
    @Inject
    GrantCreditsUseCase grant;

    @Test
    void measure() {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(1_000_000), CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                "media-bench-" + user, "benchmark"));
        OfflineImageGenerator images = new OfflineImageGenerator();
        EspeakSpeechGenerator speech = new EspeakSpeechGenerator(Duration.ofSeconds(60));
        FfmpegVideoGenerator video = new FfmpegVideoGenerator(Duration.ofSeconds(120));
        MediaPrice price = MediaPriceTable.builtInOnly().priceFor("offline", "offline-image", MediaPrice.Unit.IMAGE);
        String text = "Welcome to the offline voice. This sentence is one hundred characters long, give or take one.";
        List<String> lines = new ArrayList<>();
        int[] n = {0};
        Supplier<ImageGenerationRequest> nextImage = () -> new ImageGenerationRequest("benchmark picture " + n[0]++,
                AspectRatio.SQUARE, null);
        lines.add(line("offline image 1024x1024 PNG, direct", () -> images.generate(nextImage.get(), null)));
        lines.add(line("offline image 1024x1024 PNG, billed (runPaidTool)", () -> billable.runPaidTool(
                charge(user, price), new PaidToolCall<GeneratedImage>() {
                    @Override
                    public GeneratedImage call(CreditReservation reservation) {
                        return images.generate(nextImage.get(), reservation);
                    }

                    @Override
                    public Credits cost(GeneratedImage result) {
                        return price.costOf(1);
                    }
                })));
        lines.add(line("billed path alone (runPaidTool around an instant call)", () -> billable.runPaidTool(
                charge(user, price), new PaidToolCall<String>() {
                    @Override
                    public String call(CreditReservation reservation) {
                        return "done";
                    }

                    @Override
                    public Credits cost(String result) {
                        return price.costOf(1);
                    }
                })));
        lines.add(line("offline speech, 100 characters, espeak-ng -> WAV", () -> speech.generate(new SpeechRequest(text,
                null, SpeechRequest.AudioFormat.WAV, null), null)));
        lines.add(line("offline speech, 100 characters, espeak-ng + ffmpeg -> MP3", () -> speech.generate(
                new SpeechRequest(text, null, SpeechRequest.AudioFormat.MP3, null), null)));
        lines.add(line("offline video 2 s 640x360 (16 frames + ffmpeg H.264)", () -> video.generate(
                new VideoGenerationRequest("benchmark clip", AspectRatio.LANDSCAPE, 2, null, null), null)));
        lines.forEach(System.out::println);
    }

    private static ToolCharge charge(UserId user, MediaPrice price) {
        return new ToolCharge(user, null, null, "generate_image", UUID.randomUUID().toString(), price.costOf(1));
    }

    private static String line(String what, Runnable work) {
        work.run(); // warm-up
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("MEDIA-BENCH | %-60s | p50 %8.1f ms | p90 %8.1f ms | max %8.1f ms", what,
                ms[RUNS / 2], ms[RUNS * 9 / 10], ms[RUNS - 1]);
    }
}
