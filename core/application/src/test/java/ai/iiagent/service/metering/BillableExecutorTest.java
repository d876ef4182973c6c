package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.ReservationId;
import java.util.HashMap;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Quote → reserve → call → settle, or release on failure; the provider gets the quoted cap. */
class BillableExecutorTest {

    private static final ModelPrice PRICE = ModelPrice.of("2.5", "10", "0", "1.25");
    private final UserId user = UserId.random();
    private final UUID session = UUID.randomUUID();
    private final UUID run = UUID.randomUUID();
    private final List<ReserveCreditsCommand> reserved = new ArrayList<>();
    private final List<SettleReservationCommand> settled = new ArrayList<>();
    private final List<ReleaseReservationCommand> released = new ArrayList<>();
    private final List<Settlement> notified = new ArrayList<>();
    private final AtomicReference<LlmRequest> sent = new AtomicReference<>();
    private CreditAccount account = new CreditAccount(user, Credits.of(100), Credits.ZERO, false, 0);

    @Test
    void givenAnLlmTurn_thenTheProviderGetsTheQuotedCap_andTheActualUsageIsSettled() {
        TokenUsage usage = new TokenUsage(1000, 200, 0, 0, 50);
        BillableExecutor executor = executor((request, reservation, listener) -> new LlmTurn("hi", "stop", usage));

        LlmTurn turn = executor.streamLlm(charge(false), request(), text -> { });

        assertThat(turn.text()).isEqualTo("hi");
        assertThat(sent.get().maxOutputTokens()).isEqualTo(4096);
        assertThat(reserved).singleElement().satisfies(command -> {
            assertThat(command.idempotencyKey()).isEqualTo("llm:" + run + ":turn-1");
            assertThat(command.hold()).isInstanceOf(HoldRequest.Llm.class);
        });
        assertThat(settled).singleElement().satisfies(command -> {
            assertThat(command.actual()).isEqualTo(usage.cost(PRICE));
            assertThat(command.tokens()).isEqualTo(usage);
            assertThat(command.byok()).isFalse();
        });
        assertThat(released).isEmpty();
        assertThat(notified).hasSize(1);
    }

    @Test
    void givenTheUsersOwnKey_thenTheTurnGoesThroughTheSamePathAtZeroCost() {
        BillableExecutor executor = executor((request, reservation, listener) ->
                new LlmTurn("hi", "stop", new TokenUsage(5000, 5000, 0, 0, 0)));

        executor.streamLlm(charge(true), request(), text -> { });

        assertThat(reserved).hasSize(1);
        assertThat(settled).singleElement().satisfies(command -> {
            assertThat(command.actual()).isEqualTo(Credits.ZERO);
            assertThat(command.byok()).isTrue();
        });
    }

    @Test
    void givenAProviderFailureBeforeAnyToken_thenTheHoldIsReleased() {
        BillableExecutor executor = executor((request, reservation, listener) -> {
            throw new IllegalStateException("connection refused");
        });

        assertThatThrownBy(() -> executor.streamLlm(charge(false), request(), text -> { }))
                .hasMessage("connection refused");
        assertThat(released).hasSize(1);
        assertThat(settled).isEmpty();
    }

    @Test
    void givenAStreamBrokenAfterSomeTokens_thenWhatWasUsedIsSettled() {
        TokenUsage partial = new TokenUsage(1000, 30, 0, 0, 0);
        BillableExecutor executor = executor((request, reservation, listener) -> {
            throw new LlmCallFailedException("stream cut", partial);
        });

        assertThatThrownBy(() -> executor.streamLlm(charge(false), request(), text -> { }))
                .isInstanceOf(LlmCallFailedException.class);
        assertThat(settled).singleElement().extracting(SettleReservationCommand::actual).isEqualTo(partial.cost(PRICE));
        assertThat(released).isEmpty();
    }

    @Test
    void givenNoCredits_thenTheProviderIsNeverCalled() {
        account = CreditAccount.open(user);
        BillableExecutor executor = executor((request, reservation, listener) -> {
            throw new AssertionError("must not be called");
        });

        assertThatThrownBy(() -> executor.streamLlm(charge(false), request(), text -> { }))
                .isInstanceOf(InsufficientCreditsException.class);
        assertThat(settled).isEmpty();
    }

    @Test
    void givenWorkWithTheSettlement_thenItRunsInTheSettlementsUnitOfWork_afterTheSettlement() {
        List<String> steps = new ArrayList<>();
        BillableExecutor executor = executor((request, reservation, listener) -> new LlmTurn("hi", "stop",
                new TokenUsage(10, 2, 0, 0, 0)), recordingUnitOfWork(steps));

        executor.streamLlm(charge(false), request(), text -> { }, turn -> steps.add("store " + turn.text()
                + " after " + settled.size() + " settlement"));

        assertThat(steps).containsExactly("begin", "store hi after 1 settlement", "commit");
    }

    @Test
    void givenWorkWithTheSettlementThatFails_thenTheTurnIsStillBilledOnItsOwn_andTheFailureSurfaces() {
        List<String> steps = new ArrayList<>();
        BillableExecutor executor = executor((request, reservation, listener) -> new LlmTurn("hi", "stop",
                new TokenUsage(10, 2, 0, 0, 0)), recordingUnitOfWork(steps));

        assertThatThrownBy(() -> executor.streamLlm(charge(false), request(), text -> { }, turn -> {
            throw new IllegalStateException("event log down");
        })).hasMessage("event log down");
        assertThat(steps).containsExactly("begin", "rollback");
        assertThat(settled).hasSize(2); // the rolled-back one, then the one on its own
        assertThat(released).isEmpty();
    }

    @Test
    void givenAPaidTool_thenItsMaximumIsHeld_andItsRealCostSettled() {
        BillableExecutor executor = executor((request, reservation, listener) -> null);
        String result = executor.runPaidTool(new ToolCharge(user, session, run, "web_search", "call-7", Credits.of(2)),
                new PaidToolCall<>() {
                    @Override
                    public String call(CreditReservation reservation) {
                        assertThat(reservation.held()).isEqualTo(Credits.of(2));
                        return "results";
                    }

                    @Override
                    public Credits cost(String output) {
                        return Credits.of("0.5");
                    }
                });

        assertThat(result).isEqualTo("results");
        assertThat(settled).singleElement().extracting(SettleReservationCommand::actual).isEqualTo(Credits.of("0.5"));
    }

    @Test
    void givenAPaidToolRetriedUnderItsKey_thenAGivenBackHoldIsHeldAgain_andASettledOneIsNotBilledTwice() {
        // A ledger that answers a known key with its reservation as it stands, as the real one does.
        Map<String, CreditReservation> byKey = new HashMap<>();
        Map<ReservationId, String> keyOf = new HashMap<>();
        List<String> holds = new ArrayList<>();
        BillableExecutor executor = new BillableExecutor(command -> {
            holds.add(command.idempotencyKey());
            return byKey.computeIfAbsent(command.idempotencyKey(), key -> {
                CreditReservation held = reserve(command);
                keyOf.put(held.id(), key);
                return held;
            });
        }, command -> {
            if (byKey.get(keyOf.get(command.reservationId())).status() != ReservationStatus.HELD) {
                return new Settlement(ReservationStatus.SETTLED, Credits.ZERO, Credits.ZERO, Credits.of(90), true);
            }
            settled.add(command); // the ledger settles a reservation once; a second settle is a no-op
            mark(byKey, keyOf.get(command.reservationId()), ReservationStatus.SETTLED);
            return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(90), false);
        }, command -> {
            released.add(command);
            mark(byKey, keyOf.get(command.reservationId()), ReservationStatus.RELEASED);
            return new Settlement(ReservationStatus.RELEASED, Credits.ZERO, Credits.ZERO, Credits.of(100), false);
        }, (request, reservation, listener) -> null, (who, subject, settlement) -> { });
        ToolCharge charge = new ToolCharge(user, session, run, "generate_image", "page-3-image", Credits.of(2));
        List<Boolean> heldWhenCalled = new ArrayList<>();
        PaidToolCall<String> failing = tool(heldWhenCalled, true);
        PaidToolCall<String> working = tool(heldWhenCalled, false);

        assertThatThrownBy(() -> executor.runPaidTool(charge, failing)).hasMessage("HTTP 503");
        executor.runPaidTool(charge, working);
        executor.runPaidTool(charge, working);

        String key = "tool:" + run + ":page-3-image";
        assertThat(holds).containsExactly(key, key, key + ":retry-1", key, key + ":retry-1");
        assertThat(released).hasSize(1);
        assertThat(heldWhenCalled).as("the retry ran on a live hold, not the given-back one").containsExactly(true, true,
                false);
        assertThat(settled).as("the failed call settled nothing; the third found its key settled").extracting(SettleReservationCommand::actual)
                .containsExactly(Credits.of(2));
        assertThat(byKey.get(key + ":retry-1").status()).isEqualTo(ReservationStatus.SETTLED);
    }

    @Test
    void givenAKeyTooLongToExtend_thenItsRetryKeyStillFits() {
        String longest = "k".repeat(160);
        assertThat(RetryKeys.of(longest, 0)).isEqualTo(longest);
        assertThat(RetryKeys.of(longest, 7)).hasSizeLessThanOrEqualTo(160).endsWith(":7")
                .isNotEqualTo(RetryKeys.of("k".repeat(159), 7));
        assertThat(RetryKeys.of("short", 2)).isEqualTo("short:retry-2");
    }

    private static PaidToolCall<String> tool(List<Boolean> heldWhenCalled, boolean fails) {
        return new PaidToolCall<>() {
            @Override
            public String call(CreditReservation reservation) {
                heldWhenCalled.add(reservation.status() == ReservationStatus.HELD);
                if (fails) {
                    throw new IllegalStateException("HTTP 503");
                }
                return "picture";
            }

            @Override
            public Credits cost(String output) {
                return Credits.of(2);
            }
        };
    }

    private static void mark(Map<String, CreditReservation> byKey, String key, ReservationStatus status) {
        CreditReservation was = byKey.get(key);
        byKey.put(key, CreditReservation.rehydrate(was.id(), was.userId(), was.held(), was.fromBonus(), was.fromRegular(),
                was.outputCap(), was.subject(), was.idempotencyKey(), status, was.createdAt(), was.expiresAt()));
    }

    private BillableExecutor executor(LlmPort llm) {
        return executor(llm, new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        });
    }

    private static UnitOfWork recordingUnitOfWork(List<String> steps) {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                steps.add("begin");
                try {
                    T result = work.get();
                    steps.add("commit");
                    return result;
                } catch (RuntimeException e) {
                    steps.add("rollback");
                    throw e;
                }
            }
        };
    }

    private BillableExecutor executor(LlmPort llm, UnitOfWork unitOfWork) {
        return new BillableExecutor(this::reserve, command -> {
            settled.add(command);
            return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(90), false);
        }, command -> {
            released.add(command);
            return new Settlement(ReservationStatus.RELEASED, Credits.ZERO, Credits.ZERO, Credits.of(100), false);
        }, (request, reservation, listener) -> {
            sent.set(request);
            return llm.stream(request, reservation, listener);
        }, (who, subject, settlement) -> notified.add(settlement), unitOfWork);
    }

    // Reserves on a real account object, as the service does under its lock.
    private CreditReservation reserve(ReserveCreditsCommand command) {
        reserved.add(command);
        LlmQuote quote = switch (command.hold()) {
            case HoldRequest.Fixed fixed -> new LlmQuote(0, fixed.amount(), fixed.amount().toUsd());
            case HoldRequest.Llm llm -> llm.byok() ? LlmQuote.free(llm.modelCap())
                    : LlmQuote.forCall(account.available(), llm.price(), llm.estimatedInputTokens(), llm.modelCap());
        };
        return account.reserve(quote.hold(), quote.outputCap(), command.subject(), command.idempotencyKey(),
                Instant.now()).reservation();
    }

    private LlmCharge charge(boolean byok) {
        return new LlmCharge(user, session, run, "turn-1", PRICE, 4096, byok);
    }

    private static LlmRequest request() {
        return new LlmRequest("openai", "gpt-4o", List.of(Message.user("hello")), 0);
    }
}
