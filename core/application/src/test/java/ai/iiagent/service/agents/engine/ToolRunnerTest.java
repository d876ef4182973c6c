package ai.iiagent.service.agents.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.BillableExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Tools run in parallel, bounded in time; failures and unknown tools become results the model reads. */
class ToolRunnerTest {

    private final List<HoldRequest> holds = new CopyOnWriteArrayList<>();
    private final ToolRunner runner = new ToolRunner(Map.of("sleep", sleeper(Duration.ofMillis(300), Duration.ofSeconds(2)),
            "stuck", sleeper(Duration.ofSeconds(30), Duration.ofMillis(200)), "boom", new Boom()), 100, recording(holds));

    @Test
    void givenAFreeTool_thenItRunsWithAZeroReservation_neverWithoutOne() throws Exception {
        AtomicReference<CreditReservation> seen = new AtomicReference<>();
        AgentTool free = new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("free", "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                seen.set(invocation.reservation());
                return ToolOutcome.ok("done");
            }
        };

        List<ToolOutcome> outcomes = new ToolRunner(Map.of("free", free), 100, recording(holds))
                .runAll(List.of(call("1", "free")), List.of(invocation("1")));

        assertThat(outcomes.get(0).text()).isEqualTo("done");
        assertThat(seen.get()).isNotNull().satisfies(reservation -> assertThat(reservation.held()).isEqualTo(Credits.ZERO));
        assertThat(holds).singleElement().isEqualTo(new HoldRequest.Fixed(Credits.ZERO));
    }

    @Test
    void givenAToolThatDeclaresNoPrice_thenTheRunnerRefusesItBeforeAnyCall() {
        AgentTool unpriced = new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("unpriced", "", null);
            }

            @Override
            public Credits maxCost() {
                return null;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                throw new AssertionError("an unpriced tool must never run");
            }
        };

        assertThatThrownBy(() -> new ToolRunner(Map.of("unpriced", unpriced, "boom", new Boom()), 100, recording(holds)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tool unpriced")
                .hasMessageContaining("declares no price");
        assertThat(holds).isEmpty();
    }

    @Test
    void givenTwoCallsThatEachWaitForTheOther_thenTheyRunInParallel() throws Exception {
        // no clock: run one after the other, the first call waits for a partner that never comes and times out
        CyclicBarrier both = new CyclicBarrier(2);
        AgentTool meet = new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("meet", "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) throws Exception {
                both.await(5, TimeUnit.SECONDS);
                return ToolOutcome.ok("met");
            }
        };

        List<ToolOutcome> outcomes = new ToolRunner(Map.of("meet", meet), 100, recording(holds))
                .runAll(List.of(call("1", "meet"), call("2", "meet")), List.of(invocation("1"), invocation("2")));

        assertThat(outcomes).extracting(ToolOutcome::text).containsExactly("met", "met");
    }

    @Test
    void givenAStuckToolAFailingOneAndAnUnknownOne_thenEachGetsAnErrorResult() throws Exception {
        List<ToolOutcome> outcomes = runner.runAll(List.of(call("1", "stuck"), call("2", "boom"), call("3", "nope")),
                List.of(invocation("1"), invocation("2"), invocation("3")));

        assertThat(outcomes).allMatch(ToolOutcome::error);
        assertThat(outcomes.get(0).text()).contains("did not finish within 200 ms");
        assertThat(outcomes.get(1).text()).contains("failed: disk on fire");
        assertThat(outcomes.get(2).text()).contains("Unknown tool: nope");
    }

    @Test
    void givenABillableTool_thenItsMaximumIsReservedFirst_andItRunsWithThatReservation() throws Exception {
        UserId user = UserId.random();
        CreditAccount account = new CreditAccount(user, Credits.of(100), Credits.ZERO, false, 0);
        List<Credits> settled = new ArrayList<>();
        BillableExecutor billable = new BillableExecutor(
                command -> account.reserve(((HoldRequest.Fixed) command.hold()).amount(), 0, command.subject(),
                        command.idempotencyKey(), Instant.now()).reservation(),
                command -> {
                    settled.add(command.actual());
                    return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(99), false);
                },
                command -> null, (request, reservation, listener) -> null, (who, subject, settlement) -> { });
        AgentTool paid = new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("paid", "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.of(2);
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                return new ToolOutcome("held " + invocation.reservation().held(), Map.of(), false, Credits.of("0.5"));
            }
        };
        ToolRunner paying = new ToolRunner(Map.of("paid", paid), 100, billable);

        List<ToolOutcome> outcomes = paying.runAll(List.of(call("1", "paid")),
                List.of(new ToolInvocation(user, SessionId.random(), RunId.random(), "1", Map.of(), Map.of())));

        assertThat(outcomes.get(0).text()).isEqualTo("held 2.000000");
        assertThat(settled).containsExactly(Credits.of("0.5"));
    }

    @Test
    void givenALongResult_thenTheModelSeesItTruncated() {
        Message message = runner.asMessage(call("1", "sleep"), ToolOutcome.ok("x".repeat(250)));

        assertThat(message.text()).startsWith("x".repeat(100)).contains("[truncated: 150 more characters]");
        assertThat(message.toolCallId()).isEqualTo("1");
    }

    @Test
    void givenAToolWithItsOwnResultLimit_thenThatLimitApplies_notTheRuntimes() {
        AgentTool reader = new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("reader", "reads", Map.of("type", "object"));
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public int maxResultChars() {
                return 200;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                return ToolOutcome.ok("");
            }
        };
        ToolRunner withReader = new ToolRunner(Map.of("reader", reader), 100, null);

        Message message = withReader.asMessage(call("1", "reader"), ToolOutcome.ok("y".repeat(250)));

        assertThat(message.text()).startsWith("y".repeat(200)).contains("[truncated: 50 more characters]");
    }

    private static ToolCall call(String id, String name) {
        return new ToolCall(id, name, Map.of());
    }

    /** Metering that holds what it is asked for on a well-funded account and records each request. */
    private static BillableExecutor recording(List<HoldRequest> holds) {
        CreditAccount account = new CreditAccount(UserId.random(), Credits.of(100), Credits.ZERO, false, 0);
        return new BillableExecutor(command -> {
            holds.add(command.hold());
            CreditAccount payer = new CreditAccount(command.userId(), account.regular(), account.bonus(), false, 0);
            return payer.reserve(((HoldRequest.Fixed) command.hold()).amount(), 0, command.subject(),
                    command.idempotencyKey(), Instant.now()).reservation();
        }, command -> new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(100), false),
                command -> null, (request, reservation, listener) -> null, (who, subject, settlement) -> { });
    }

    private static ToolInvocation invocation(String callId) {
        return new ToolInvocation(UserId.random(), SessionId.random(), RunId.random(), callId, Map.of(), Map.of());
    }

    private static AgentTool sleeper(Duration sleep, Duration timeout) {
        return new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("sleep", "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) throws InterruptedException {
                Thread.sleep(sleep);
                return ToolOutcome.ok("slept");
            }
        };
    }

    private static final class Boom implements AgentTool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec("boom", "", null);
        }

        @Override
        public Credits maxCost() {
            return Credits.ZERO;
        }

        @Override
        public ToolOutcome run(ToolInvocation invocation) {
            throw new IllegalStateException("disk on fire");
        }
    }
}
