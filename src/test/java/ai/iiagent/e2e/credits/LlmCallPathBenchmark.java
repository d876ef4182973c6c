package ai.iiagent.e2e.credits;

import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.credits.CreditUsageRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.credits.ReserveCreditsService;
import ai.iiagent.service.credits.SettleReservationService;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What one LLM call costs us on top of the provider: quote + reserve + stream (an instant mock
 * provider) + settle with the response event stored in the same transaction (as the run loop
 * does), then published, against calling the mock directly, open loop
 * at 100 and 500 calls/s over 50 accounts. {@code before}: the same path with the credit services
 * as they were before issue #25 (lock, domain, 4–6 statements per reserve and per settle; built here
 * with {@link CreditFastPath#NONE}); {@code after}: the wired services (one function call each,
 * group commit for holds). Both in the same run, alternating per rate. Not part of the test run; run with
 * {@code bin/test -pl bootstrap -am -DskipITs -Dtest=LlmCallPathBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read bootstrap/target/surefire-reports/*LlmCallPathBenchmark-output.txt.
 */
@QuarkusTest
class LlmCallPathBenchmark {

    private static final ModelPrice PRICE = ModelPrice.of("2.5", "10", "0", "1.25");
    private static final int HOLD = 0;
    private static final int SETTLE = 1;
    private static final int APPEND = 2;
    private static final String[] PHASE_NAMES = {"hold", "settle statement", "event append",
            "rest (begin, commit, after-commit publish)"};
    /** The phases of the call running on this (virtual) thread, when it is measured. */
    private static final ThreadLocal<long[]> PHASES = new ThreadLocal<>();
    private static final LlmTurn ANSWER = new LlmTurn("ok", "stop", new TokenUsage(1500, 200, 0, 0, 0));

    @Inject
    ReserveCreditsUseCase reserve;
    @Inject
    SettleReservationUseCase settle;
    @Inject
    ReleaseReservationUseCase release;
    @Inject
    GrantCreditsUseCase grant;
    @Inject
    PublishSessionEventsUseCase events;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    CreditAccountRepository accounts;
    @Inject
    CreditLedgerRepository ledger;
    @Inject
    CreditReservationRepository reservations;
    @Inject
    CreditUsageRepository usage;
    @Inject
    ClockPort clock;

    @Test
    void measure() throws Exception {
        LlmPort mock = (request, reservation, listener) -> ANSWER;
        // The wired services, each timed into the calling thread's phase slots (a few ns each).
        ReserveCreditsUseCase timedReserve = command -> timed(HOLD, () -> reserve.reserve(command));
        SettleReservationUseCase timedSettle = command -> timed(SETTLE, () -> settle.settle(command));
        BillableExecutor billable = new BillableExecutor(timedReserve, timedSettle, release, mock,
                (user, subject, settlement) -> { }, unitOfWork);
        BillableExecutor before = new BillableExecutor(
                new ReserveCreditsService(accounts, ledger, reservations, unitOfWork, clock, CreditFastPath.NONE),
                new SettleReservationService(accounts, ledger, reservations, usage, unitOfWork, clock, CreditFastPath.NONE),
                release, mock, (user, subject, settlement) -> { }, unitOfWork);
        List<UserId> users = new ArrayList<>();
        List<SessionId> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String token = CreditFixtures.newUser();
            users.add(CreditFixtures.idOf(token));
            sessions.add(new SessionId(UUID.fromString(io.restassured.RestAssured.given()
                    .header("Authorization", "Bearer " + token).contentType("application/json").body(Map.of("name", "bench"))
                    .post("/v1/sessions").then().extract().path("id"))));
            grant.grant(new GrantCreditsCommand(users.get(i), Credits.of(1_000_000), CreditPool.REGULAR,
                    LedgerEntryType.PURCHASE, "llm-bench-" + users.get(i), "benchmark"));
        }
        LlmRequest request = new LlmRequest("openai", "gpt-4o", List.of(Message.user("x".repeat(6000))), 4096);
        run(before, mock, users, sessions, request, 100, 2, true); // warm-up
        run(billable, mock, users, sessions, request, 100, 2, true);
        List<String> lines = new ArrayList<>();
        lines.add("collectors: " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        for (int rate : new int[] {100, 500}) {
            long[] direct = run(null, mock, users, sessions, request, rate, 5, true);
            String gcBefore = gcSince(null);
            long[] old = run(before, mock, users, sessions, request, rate, 5, true);
            String gcOld = gcSince(gcBefore);
            long[][] phases = new long[rate * 5][];
            long cpuBefore = processCpuNanos();
            CpuSplit machineBefore = CpuSplit.now();
            long[] full = run(billable, mock, users, sessions, request, rate, 5, true, phases);
            double cpuPerCall = (processCpuNanos() - cpuBefore) / 1e6 / full.length;
            String machine = CpuSplit.now().perOperationSince(machineBefore, full.length);
            String gcFull = gcSince(gcOld);
            lines.add(String.format("%d calls/s: mock alone p50 %.3f ms p99 %.3f ms | before: full path p50"
                    + " %.2f ms p99 %.2f ms | after: full path p50 %.2f ms p99 %.2f ms"
                    + " | added after p50 %.2f ms p99 %.2f ms | p99 ratio before/after %.2fx"
                    + " | failed calls before %d after %d | collections during before %s, during after %s", rate,
                    ms(direct, 0.5), ms(direct, 0.99), ms(old, 0.5), ms(old, 0.99), ms(full, 0.5), ms(full, 0.99),
                    ms(full, 0.5) - ms(direct, 0.5), ms(full, 0.99) - ms(direct, 0.99), ms(old, 0.99) / ms(full, 0.99),
                    failed(old), failed(full), gcOld.substring(gcOld.indexOf('|') + 1),
                    gcFull.substring(gcFull.indexOf('|') + 1)));
            lines.add(String.format("%d calls/s, after, where the time goes: %s; this JVM's CPU %.3f ms per call"
                    + " (%.0f %% of all cores at this rate); the machine: %s", rate, split(phases), cpuPerCall,
                    cpuPerCall * rate / (10.0 * Runtime.getRuntime().availableProcessors()), machine));
        }
        lines.forEach(System.out::println);
    }

    /**
     * Open loop: a call starts every 1/rate s whether or not earlier ones finished; latency includes
     * queueing. {@code together}: the event is stored in the settlement's transaction (the run
     * loop's path); otherwise in its own, as before.
     */
    private long[] run(BillableExecutor billable, LlmPort mock, List<UserId> users, List<SessionId> sessions,
                       LlmRequest request, int rate, int seconds, boolean together) throws Exception {
        return run(billable, mock, users, sessions, request, rate, seconds, together, null);
    }

    /** As above; with {@code phases}, each call's hold, settle, append and total nanos are kept per call. */
    private long[] run(BillableExecutor billable, LlmPort mock, List<UserId> users, List<SessionId> sessions,
                       LlmRequest request, int rate, int seconds, boolean together, long[][] phases) throws Exception {
        int calls = rate * seconds;
        long[] nanos = new long[calls];
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        try (ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int call = i;
                pending.add(lanes.submit(() -> {
                    long begun = System.nanoTime();
                    long[] mine = new long[4];
                    if (phases != null) {
                        PHASES.set(mine);
                        phases[call] = mine;
                    }
                    try {
                        if (billable == null) {
                            mock.stream(request, null, text -> { });
                        } else {
                            UserId user = users.get(call % users.size());
                            SessionId session = sessions.get(call % sessions.size());
                            LlmCharge charge = new LlmCharge(user, session.value(), UUID.randomUUID(), "turn-1", PRICE, 4096,
                                    false);
                            PublishSessionEventsCommand response = new PublishSessionEventsCommand(session, List.of(
                                    new PublishSessionEventsCommand.Outgoing(EventName.AGENT_RESPONSE, null,
                                            JsonObject.of(Map.of("text", ANSWER.text())))));
                            if (together) { // as the run loop does: the turn's event is stored in its settlement's transaction
                                billable.streamLlm(charge, request, text -> { },
                                        turn -> timed(APPEND, () -> events.publish(response)));
                            } else {
                                billable.streamLlm(charge, request, text -> { });
                                events.publish(response);
                            }
                        }
                    } catch (RuntimeException e) { // a collapsed variant (e.g. pool timeouts) is reported, not fatal
                        nanos[call] = -(System.nanoTime() - begun);
                        return null;
                    }
                    nanos[call] = System.nanoTime() - begun;
                    mine[3] = nanos[call];
                    PHASES.remove();
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        }
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = nanos[i] < 0 ? Long.MAX_VALUE - (-nanos[i]) : nanos[i]; // failed calls sort last
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static <T> T timed(int phase, java.util.function.Supplier<T> work) {
        long begun = System.nanoTime();
        try {
            return work.get();
        } finally {
            long[] mine = PHASES.get();
            if (mine != null) {
                mine[phase] += System.nanoTime() - begun;
            }
        }
    }

    /**
     * Each phase's p50 and p99 over all calls, and for the slowest 1 % of calls the mean of each phase: where a
     * tail call spent its time.
     */
    private static String split(long[][] phases) {
        List<long[]> calls = Arrays.stream(phases).filter(java.util.Objects::nonNull).filter(p -> p[3] > 0)
                .sorted(java.util.Comparator.comparingLong(p -> p[3])).toList();
        List<long[]> tail = calls.subList((int) Math.floor(calls.size() * 0.99), calls.size());
        StringBuilder out = new StringBuilder();
        for (int phase = 0; phase < PHASE_NAMES.length; phase++) {
            int at = phase;
            long[] each = calls.stream().mapToLong(p -> at < 3 ? p[at] : p[3] - p[0] - p[1] - p[2]).sorted().toArray();
            double tailMean = tail.stream().mapToLong(p -> at < 3 ? p[at] : p[3] - p[0] - p[1] - p[2]).average()
                    .orElse(0) / 1e6;
            out.append(String.format("%s p50 %.2f / p99 %.2f ms, slowest 1 %% mean %.2f ms; ", PHASE_NAMES[phase],
                    ms(each, 0.5), ms(each, 0.99), tailMean));
        }
        return out.append(String.format("slowest 1 %% total mean %.2f ms",
                tail.stream().mapToLong(p -> p[3]).average().orElse(0) / 1e6)).toString();
    }

    /** Calls that failed (stored as {@code Long.MAX_VALUE - elapsed}, so they count as the slowest). */
    private static long failed(long[] sorted) {
        return Arrays.stream(sorted).filter(n -> n > Long.MAX_VALUE / 2).count();
    }

    /**
     * The collectors' counts and times so far ("name count/ms; ..."); with {@code since}, the part after
     * '|' is the difference since that snapshot.
     */
    private static String gcSince(String since) {
        StringBuilder now = new StringBuilder();
        StringBuilder delta = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            now.append(gc.getName()).append('=').append(gc.getCollectionCount()).append('/')
                    .append(gc.getCollectionTime()).append(';');
            if (since != null) {
                String[] earlier = since.substring(0, since.indexOf('|')).split(";");
                for (String entry : earlier) {
                    if (entry.startsWith(gc.getName() + "=")) {
                        String[] countTime = entry.substring(entry.indexOf('=') + 1).split("/");
                        delta.append(gc.getName()).append(' ')
                                .append(gc.getCollectionCount() - Long.parseLong(countTime[0])).append("x ")
                                .append(gc.getCollectionTime() - Long.parseLong(countTime[1])).append(" ms; ");
                    }
                }
            }
        }
        return now.append('|').append(delta).toString();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
