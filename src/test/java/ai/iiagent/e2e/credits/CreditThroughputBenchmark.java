package ai.iiagent.e2e.credits;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reserve + settle pairs per second on PostgreSQL through the real services, on one hot account and
 * spread over 100 accounts. Not part of the test run (its name does not end in Test); run it with
 * {@code bin/test -pl bootstrap -am -DskipITs -Dtest=CreditThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read bootstrap/target/surefire-reports/*CreditThroughputBenchmark-output.txt.
 */
@QuarkusTest
class CreditThroughputBenchmark {

    private static final ModelPrice PRICE = ModelPrice.of("2.5", "10", "0", "1.25");
    private static final int PAIRS = 4000;

    @Inject
    ReserveCreditsUseCase reserve;
    @Inject
    SettleReservationUseCase settle;
    @Inject
    GrantCreditsUseCase grant;

    @Test
    void measure() throws Exception {
        List<UserId> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(funded());
        }
        UserId hot = funded();
        run(List.of(hot), 8, 1000); // warm-up
        List<String> lines = new ArrayList<>();
        for (int threads : new int[] {1, 8, 32}) {
            lines.add(line("one hot account, " + threads + " threads", run(List.of(funded()), threads, PAIRS)));
        }
        for (int threads : new int[] {8, 32}) {
            lines.add(line("100 accounts, " + threads + " threads", run(hundred, threads, PAIRS)));
        }
        lines.forEach(System.out::println);
    }

    private UserId funded() {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(1_000_000), CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                "bench-" + user, "benchmark"));
        return user;
    }

    private double run(List<UserId> accounts, int threads, int pairs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String prefix = "bench-" + UUID.randomUUID() + "-";
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < pairs; i += threads) {
                    UserId user = accounts.get(i % accounts.size());
                    CreditReservation held = reserve.reserve(new ReserveCreditsCommand(user,
                            BillingSubject.llm(null, null, "openai", "gpt-4o"), prefix + i,
                            new HoldRequest.Llm(PRICE, 2000, 4096, false)));
                    TokenUsage used = new TokenUsage(2000, 500, 0, 0, 0);
                    settle.settle(new SettleReservationCommand(held.id(), used.cost(PRICE), used, used.costUsd(PRICE), false));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return pairs / ((System.nanoTime() - start) / 1e9);
    }

    private static String line(String scenario, double perSecond) {
        return String.format("%-32s %8.0f reserve+settle pairs/s", scenario, perSecond);
    }
}
