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
import ai.iiagent.adapter.persistence.credits.CreditFastPathAdapter;
import ai.iiagent.port.in.credits.CheckLedgerConsistencyUseCase;
import ai.iiagent.port.in.credits.ConsistencyReport;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.credits.ReserveCreditsService;
import ai.iiagent.service.credits.SettleReservationService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 * spread over 100 accounts, for five builds of the same services in one run: the full path
 * ({@code before}: lock, domain, 4–6 statements, JTA), one function call per operation without
 * combining ({@code one statement}), group commit with one lane per account ({@code lane per account}:
 * only operations of the same account combined, the wiring before accounts shared lanes), group commit
 * over one lane per core ({@code lane per core}) and over one lane all accounts share ({@code one shared lane}:
 * the wiring the application uses). After every
 * scenario the admin consistency check runs, and the two shared-lane variants' CPU per pair is split between this
 * JVM (the callers included), PostgreSQL and the rest, with the machine's idle share ({@link CpuSplit}). Not part
 * of the test run (its name does not end in Test); run it with
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
    @Inject
    CheckLedgerConsistencyUseCase consistency;
    @Inject
    CreditFastPath wired;
    @Inject
    CreditAccountRepository accounts;
    @Inject
    CreditLedgerRepository ledger;
    @Inject
    CreditReservationRepository reservations;
    @Inject
    CreditUsageRepository usage;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    ClockPort clock;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private record Variant(String name, ReserveCreditsUseCase reserve, SettleReservationUseCase settle,
                           CreditFastPath fast) {
    }

    private Variant variant(String name, CreditFastPath fast) {
        return new Variant(name, new ReserveCreditsService(accounts, ledger, reservations, unitOfWork, clock, fast),
                new SettleReservationService(accounts, ledger, reservations, usage, unitOfWork, clock, fast), fast);
    }

    @Test
    void measure() throws Exception {
        List<UserId> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(funded());
        }
        List<Variant> variants = List.of(variant("before", CreditFastPath.NONE),
                variant("one statement", new CreditFastPathAdapter(dataSource, transactions, reservations, 1)),
                variant("lane per account", new CreditFastPathAdapter(dataSource, transactions, reservations, 64, 8,
                        CreditFastPathAdapter.LANE_PER_ACCOUNT)),
                variant("lane per core", new CreditFastPathAdapter(dataSource, transactions, reservations, 64, 8,
                        CreditFastPathAdapter.LANE_PER_CORE)),
                new Variant("one shared lane", reserve, settle, wired));
        for (Variant v : variants) {
            run(v, List.of(funded()), 8, 1000); // warm-up
        }
        List<String> lines = new ArrayList<>();
        CpuSplit quietFrom = CpuSplit.now();
        Thread.sleep(5_000);
        lines.add("background, nothing measured running (5 s): " + CpuSplit.now().perSecondSince(quietFrom, 5));
        lines.add(String.format("%-32s %17s %17s %17s %17s %17s   %s", "scenario (pairs/s)", "before", "one statement",
                "lane per account", "lane per core", "one shared lane", "ratio last/before, consistency breaks after each"));
        List<String> scenarios = List.of("one hot account, 1 thread", "one hot account, 8 threads",
                "one hot account, 32 threads", "100 accounts, 8 threads", "100 accounts, 32 threads");
        int[] threadCounts = {1, 8, 32, 8, 32};
        for (int s = 0; s < scenarios.size(); s++) {
            double[] rates = new double[variants.size()];
            StringBuilder breaks = new StringBuilder();
            String[] cpu = new String[variants.size()];
            for (int v = 0; v < variants.size(); v++) {
                List<UserId> accountsOf = s < 3 ? List.of(funded()) : hundred;
                CpuSplit before = CpuSplit.now();
                rates[v] = run(variants.get(v), accountsOf, threadCounts[s], PAIRS);
                cpu[v] = CpuSplit.now().perOperationSince(before, PAIRS);
                ConsistencyReport report = consistency.check();
                breaks.append(v == 0 ? "" : "/").append(report.breaks().size());
            }
            lines.add(String.format("%-32s %17.0f %17.0f %17.0f %17.0f %17.0f   %.2fx, %s; lane per core: %s;"
                    + " one shared lane: %s", scenarios.get(s), rates[0], rates[1], rates[2], rates[3], rates[4],
                    rates[4] / rates[0], breaks, cpu[3], cpu[4]));
        }
        lines.add("lane per account: " + ((CreditFastPathAdapter) variants.get(2).fast()).stats());
        lines.add("lane per core: " + ((CreditFastPathAdapter) variants.get(3).fast()).stats());
        lines.add("one shared lane (wired, includes other tests' operations): "
                + ((CreditFastPathAdapter) unwrap(wired)).stats());
        lines.add("full scans since the database was created (a cached plan that scans these tables shows here): "
                + fullScans());
        lines.forEach(System.out::println);
    }

    private String fullScans() throws java.sql.SQLException {
        StringBuilder scans = new StringBuilder();
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.ResultSet rows = connection.createStatement().executeQuery("select relname, seq_scan, seq_tup_read"
                     + " from pg_stat_user_tables where relname in ('credit_accounts', 'credit_reservations')"
                     + " order by relname")) {
            while (rows.next()) {
                scans.append(rows.getString(1)).append(' ').append(rows.getLong(2)).append(" scans, ")
                        .append(rows.getLong(3)).append(" rows read; ");
            }
        }
        return scans.toString();
    }

    private static Object unwrap(Object bean) {
        return bean instanceof io.quarkus.arc.ClientProxy proxy ? proxy.arc_contextualInstance() : bean;
    }

    private UserId funded() {
        UserId user = CreditFixtures.idOf(CreditFixtures.newUser());
        grant.grant(new GrantCreditsCommand(user, Credits.of(1_000_000), CreditPool.REGULAR, LedgerEntryType.PURCHASE,
                "bench-" + user, "benchmark"));
        return user;
    }

    private double run(Variant variant, List<UserId> accounts, int threads, int pairs) throws Exception {
        ReserveCreditsUseCase reserve = variant.reserve();
        SettleReservationUseCase settle = variant.settle();
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

}
