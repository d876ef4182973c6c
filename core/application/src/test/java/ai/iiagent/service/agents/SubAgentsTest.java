package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.BillableExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sub-agents against a scripted model and an in-memory reservation book: parallel children bounded
 * by their lanes, failures and the turn limit as error results, the depth limit, and cancel — with
 * every child turn reserved and every reservation ended.
 */
class SubAgentsTest {

    private final UserId user = UserId.random();
    private final SessionId session = SessionId.random();
    private final RunId run = RunId.random();
    private final Book book = new Book(user);
    private final ScriptedModel model = new ScriptedModel();
    private final Set<RunId> cancelled = ConcurrentHashMap.newKeySet();
    private final List<RunEvent.FromSubAgent> events = new CopyOnWriteArrayList<>();
    private final Set<RunId> eventRuns = ConcurrentHashMap.newKeySet();
    private final SubAgentPorts ports = new SubAgentPorts(book.executor(model), new RunCancellationSignal() {
        @Override
        public void raise(RunId id) {
            cancelled.add(id);
        }

        @Override
        public boolean isRaised(RunId id) {
            return cancelled.contains(id);
        }

        @Override
        public void clear(RunId id) {
            cancelled.remove(id);
        }
    }, command -> List.of(), (runId, event) -> {
        eventRuns.add(runId);
        events.add((RunEvent.FromSubAgent) event); // every sub-agent event is tagged
        return new RunEventEncoding.Encoded(EventName.AGENT_RESPONSE, Map.of());
    }, new ai.iiagent.port.out.agents.SessionSecretRepository() {
        @Override
        public void save(SessionId id, Map<String, ai.iiagent.domain.shared.EncryptedSecret> secrets) {
        }

        @Override
        public Map<String, ai.iiagent.domain.shared.EncryptedSecret> of(SessionId id) {
            return Map.of();
        }
    }, null, null);

    @Test
    void givenFourTasksAndTwoLanes_thenAtMostTwoChildrenRunAtOnce_andEveryAnswerComesBackInOrder() throws Exception {
        ToolOutcome outcome = taskAll(limits(2, 5, 2), "slow a", "slow b", "slow c", "slow d");

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).containsSubsequence("## Task 1: slow a (completed)", "answer to slow a",
                "## Task 4: slow d (completed)", "answer to slow d");
        assertThat(model.mostAtOnce.get()).isEqualTo(2);
        assertThat(book.keys()).hasSize(4).allMatch(key -> key.startsWith("llm:" + run.value() + ":sub-sa-"));
        assertThat(book.stillHeld()).isEmpty();
        assertThat(named(RunEvent.SubAgentStarted.class)).hasSize(4)
                .allSatisfy(event -> assertThat(event.tag().depth()).isEqualTo(1));
        assertThat(eventRuns).containsExactly(run);
    }

    @Test
    void givenAChildWhoseModelCallThrows_thenItsTaskIsAnErrorResultWithTheOtherAnswer_andItsHoldIsReleased()
            throws Exception {
        ToolOutcome outcome = taskAll(limits(2, 5, 3), "boom", "hello");

        assertThat(outcome.error()).isTrue();
        assertThat(outcome.text()).contains("## Task 1: boom (failed)").contains("internal error: model exploded")
                .contains("## Task 2: hello (completed)").contains("answer to hello");
        assertThat(book.keys()).hasSize(2);
        assertThat(book.stillHeld()).isEmpty();
        assertThat(book.released()).hasSize(1);
    }

    @Test
    void givenAChildThatNeverAnswers_thenItStopsAtItsTurnLimit_asAnErrorResult_eachTurnBilled() throws Exception {
        ToolOutcome outcome = task(limits(2, 3, 3), "busy forever");

        assertThat(outcome.error()).isTrue();
        assertThat(outcome.text()).contains("failed").contains("after 3 model turns, its limit");
        assertThat(book.keys()).hasSize(3);
        assertThat(book.stillHeld()).isEmpty();
        assertThat(named(RunEvent.ToolCalled.class)).hasSize(3)
                .allSatisfy(event -> assertThat(event.tag().subAgentId()).startsWith("sa-"));
    }

    @Test
    void givenNestingPastTheDepthLimit_thenTheDeepestCallIsRefused_andTheChildStillAnswers() throws Exception {
        ToolOutcome outcome = task(limits(1, 5, 3), "delegate: hi");

        assertThat(outcome.error()).isFalse();
        assertThat(outcome.text()).contains("done after: sub_agent_depth_limit").contains("max depth 1");
        assertThat(named(RunEvent.SubAgentStarted.class)).singleElement()
                .satisfies(event -> assertThat(event.tag().depth()).isEqualTo(1));
        assertThat(named(RunEvent.ToolResulted.class)).singleElement()
                .satisfies(event -> assertThat(((RunEvent.ToolResulted) event.event()).error()).isTrue());

        // One level more allowed: the same request reaches a grandchild, which answers.
        events.clear();
        ToolOutcome deeper = task(limits(2, 5, 3), "delegate: hi");
        assertThat(deeper.text()).contains("done after: answer to hi");
        assertThat(named(RunEvent.SubAgentStarted.class)).extracting(event -> event.tag().depth()).containsExactly(1, 2);
        assertThat(named(RunEvent.SubAgentStarted.class).get(1).tag().parentSubAgentId())
                .isEqualTo(named(RunEvent.SubAgentStarted.class).get(0).tag().subAgentId());
    }

    @Test
    void givenChildrenStreaming_whenTheRunIsCancelled_thenEveryChildStopsPromptly_andNothingStaysHeld()
            throws Exception {
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            cancelled.add(run);
        });
        long started = System.nanoTime();
        ToolOutcome outcome = taskAll(limits(2, 5, 3), "slow and long x", "slow and long y");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(outcome.error()).isTrue();
        assertThat(named(RunEvent.SubAgentCompleted.class))
                .extracting(event -> ((RunEvent.SubAgentCompleted) event.event()).end())
                .containsExactly(RunEvent.SubAgentEnd.CANCELLED, RunEvent.SubAgentEnd.CANCELLED);
        assertThat(book.keys()).hasSize(2);
        assertThat(book.stillHeld()).isEmpty();
    }

    private ToolOutcome task(SubAgentSettings limits, String prompt) throws Exception {
        return subAgents(limits).tools().get(0).run(invocation(Map.of("description", prompt, "prompt", prompt)));
    }

    private ToolOutcome taskAll(SubAgentSettings limits, String... prompts) throws Exception {
        List<Map<String, Object>> tasks = java.util.Arrays.stream(prompts)
                .map(prompt -> Map.<String, Object>of("description", prompt, "prompt", prompt)).toList();
        return subAgents(limits).tools().get(1).run(invocation(Map.of("tasks", tasks)));
    }

    private SubAgents subAgents(SubAgentSettings limits) {
        ResolvedModel resolved = new ResolvedModel("scripted", "scripted-1", null, null, ModelPrice.of("1", "4", "0", "0"),
                1000, 100_000, false, false);
        return new SubAgents(ports, new AgentSettings(50, 3, 1000, "", 0.9), limits, SubAgentProfiles.BUILT_IN,
                new Identity(user, UserRole.USER), resolved, List.of(new Noop()), 0, null);
    }

    private ToolInvocation invocation(Map<String, Object> arguments) {
        return new ToolInvocation(user, session, run, "call_1", arguments, Map.of());
    }

    private static SubAgentSettings limits(int depth, int turns, int parallel) {
        return new SubAgentSettings(depth, turns, parallel, 8, Duration.ofMinutes(1));
    }

    private List<RunEvent.FromSubAgent> named(Class<? extends RunEvent> type) {
        return events.stream().filter(event -> type.isInstance(event.event())).toList();
    }

    /** Answers by the task: "slow…" streams slowly, "boom" throws, "busy…" always calls noop, "delegate: X" delegates X. */
    private static final class ScriptedModel implements ai.iiagent.port.out.llm.LlmPort {

        private final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
            String said = request.lastUserText();
            List<Message> messages = request.messages();
            Message last = messages.get(messages.size() - 1);
            int turn = (int) messages.stream().filter(message -> message.is(Role.ASSISTANT)).count() + 1;
            if (said.equals("boom")) {
                throw new IllegalStateException("model exploded");
            }
            if (said.startsWith("busy")) {
                return new LlmTurn("", "", List.of(new ToolCall("call_" + turn, "noop", Map.of("n", turn))),
                        "tool_calls", new TokenUsage(10, 5, 0, 0, 0));
            }
            if (said.startsWith("delegate: ") && !last.is(Role.TOOL)) {
                return new LlmTurn("", "", List.of(new ToolCall("call_" + turn, "sub_agent_task", Map.of(
                        "description", "nested", "prompt", said.substring("delegate: ".length())))), "tool_calls",
                        new TokenUsage(10, 5, 0, 0, 0));
            }
            if (last.is(Role.TOOL)) {
                return new LlmTurn("done after: " + last.text(), "stop", new TokenUsage(10, 5, 0, 0, 0));
            }
            int now = atOnce.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                int words = said.startsWith("slow and long") ? 500 : said.startsWith("slow") ? 10 : 1;
                for (int i = 0; i < words; i++) {
                    if (listener.stopRequested()) {
                        return new LlmTurn("", "cancelled", new TokenUsage(10, i, 0, 0, 0));
                    }
                    listener.onTextDelta("word ");
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new LlmTurn("", "cancelled", new TokenUsage(10, 0, 0, 0, 0));
            } finally {
                atOnce.decrementAndGet();
            }
            return new LlmTurn("answer to " + said, "stop", new TokenUsage(10, 5, 0, 0, 0));
        }
    }

    /** A free tool that does nothing. */
    private static final class Noop implements AgentTool {
        @Override
        public ToolSpec spec() {
            return new ToolSpec("noop", "does nothing", Map.of("type", "object"));
        }

        @Override
        public Credits maxCost() {
            return Credits.ZERO;
        }

        @Override
        public ToolOutcome run(ToolInvocation invocation) {
            return ToolOutcome.ok("nothing done");
        }
    }

    /** An in-memory reservation book: each hold by key, and whether it was settled or released. */
    private static final class Book {

        private CreditAccount account;
        private final Map<ReservationId, String> keys = new ConcurrentHashMap<>();
        private final Map<ReservationId, ReservationStatus> ended = new ConcurrentHashMap<>();

        Book(UserId user) {
            account = new CreditAccount(user, Credits.of(1000), Credits.ZERO, false, 0);
        }

        synchronized CreditReservation reserve(Credits amount, ai.iiagent.domain.credits.BillingSubject subject, String key) {
            CreditAccount.Reserved reserved = account.reserve(amount, 1000, subject, key, Instant.now());
            account = reserved.account();
            keys.put(reserved.reservation().id(), key);
            return reserved.reservation();
        }

        BillableExecutor executor(ai.iiagent.port.out.llm.LlmPort llm) {
            return new BillableExecutor(
                    command -> reserve(Credits.of(1), command.subject(), command.idempotencyKey()),
                    command -> {
                        ended.put(command.reservationId(), ReservationStatus.SETTLED);
                        return new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(1),
                                false);
                    },
                    command -> {
                        ended.put(command.reservationId(), ReservationStatus.RELEASED);
                        return new Settlement(ReservationStatus.RELEASED, Credits.ZERO, Credits.ZERO, Credits.of(1), false);
                    }, llm, (who, subject, settlement) -> { });
        }

        /** The LLM holds' keys (zero tool holds are recorded too but are not model calls). */
        List<String> keys() {
            return keys.values().stream().filter(key -> key.startsWith("llm:")).toList();
        }

        Set<ReservationId> stillHeld() {
            Set<ReservationId> held = ConcurrentHashMap.newKeySet();
            keys.keySet().stream().filter(id -> !ended.containsKey(id)).forEach(held::add);
            return held;
        }

        List<ReservationId> released() {
            return ended.entrySet().stream().filter(entry -> entry.getValue() == ReservationStatus.RELEASED)
                    .map(Map.Entry::getKey).toList();
        }
    }
}
