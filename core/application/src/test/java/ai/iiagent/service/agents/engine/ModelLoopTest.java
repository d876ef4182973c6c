package ai.iiagent.service.agents.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.llm.LlmEndpoint;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one model loop under the two policies: what the host sees, in which order, and why the loop ends. */
class ModelLoopTest {

    private static final ResolvedModel MODEL = new ResolvedModel("offline", "m", "m", LlmEndpoint.DEFAULT,
            ModelPrice.FREE, 1000, 100_000, false, true);

    private final Deque<LlmTurn> script = new ArrayDeque<>();
    private final List<LlmRequest> requests = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    @Test
    void givenTheChatPolicy_whenTheModelKeepsCallingTools_thenTheLastTurnIsOfferedNoTools_andToolsRunOneByOne() throws Exception {
        for (int i = 1; i <= 8; i++) {
            script.add(calls(new ToolCall("c" + i + "a", "echo", Map.of()), new ToolCall("c" + i + "b", "echo", Map.of())));
        }

        LoopEnd end = loop(RunPolicy.CHAT, ToolPolicy.AUTOMATIC).run();

        assertThat(end).isInstanceOf(LoopEnd.TurnLimit.class);
        assertThat(requests).hasSize(8);
        assertThat(requests.get(6).tools()).extracting(ToolSpec::name).containsExactly("echo");
        assertThat(requests.get(7).tools()).isEmpty();
        assertThat(seen.subList(0, 6)).containsExactly("settled 1", "recorded assistant", "called c1a",
                "recorded tool", "answered c1a", "called c1b");
        assertThat(seen).doesNotContain("called c8a"); // the text-only last turn's calls are not run
        assertThat(requests.get(1).messages()).extracting(Message::role)
                .containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.TOOL);
    }

    @Test
    void givenTheAgentPolicy_whenTheSameCallsRepeat_thenTheLoopStopsAtTheThreshold_withCallsAnnouncedTogether()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            script.add(calls(new ToolCall("a" + i, "echo", Map.of("x", 1)), new ToolCall("b" + i, "echo", Map.of())));
        }

        LoopEnd end = loop(RunPolicy.agentRun(200, 3, 0.8, 1000), ToolPolicy.AUTOMATIC).run();

        assertThat(end).isInstanceOf(LoopEnd.Looping.class);
        assertThat(requests).hasSize(3);
        assertThat(seen.subList(0, 6)).containsExactly("settled 1", "recorded assistant", "called a0", "called b0",
                "recorded tool", "answered a0");
        assertThat(seen).doesNotContain("called a2");
    }

    @Test
    void givenACallThatNeedsTheUser_thenTheLoopPausesBeforeRunningAny_andAnAnswerEndsIt() throws Exception {
        script.add(calls(new ToolCall("q", "echo", Map.of())));
        script.add(new LlmTurn("done", "stop", TokenUsage.NONE));

        ModelLoop loop = loop(RunPolicy.agentRun(200, 3, 0.8, 1000), ToolPolicy.REQUIRES_CONFIRMATION);
        LoopEnd paused = loop.run();
        List<ToolOutcome> answered = loop.runTools(paused.turn().toolCalls());
        LoopEnd end = loop.run();

        assertThat(paused).isInstanceOf(LoopEnd.Paused.class);
        assertThat(seen).containsSubsequence("called q", "recorded tool", "answered q");
        assertThat(answered).extracting(ToolOutcome::text).containsExactly("echoed");
        assertThat(end).isInstanceOf(LoopEnd.Answered.class);
        assertThat(end.turn().text()).isEqualTo("done");
        assertThat(loop.conversation()).extracting(Message::role)
                .containsExactly(Role.USER, Role.ASSISTANT, Role.TOOL, Role.ASSISTANT);
    }

    private ModelLoop loop(RunPolicy policy, ToolPolicy toolPolicy) {
        BillableExecutor billable = metering();
        ToolRunner tools = new ToolRunner(Map.of("echo", echo(toolPolicy)), 1000, billable);
        return new ModelLoop(billable, MODEL, policy, tools, new RecordingHost(toolPolicy), List.of(Message.user("go")));
    }

    private static LlmTurn calls(ToolCall... calls) {
        return new LlmTurn("", null, List.of(calls), "tool_calls", TokenUsage.NONE);
    }

    /** Metering on a well-funded account whose model answers from the script. */
    private BillableExecutor metering() {
        return new BillableExecutor(command -> {
            Credits amount = command.hold() instanceof HoldRequest.Fixed fixed ? fixed.amount() : Credits.of(1);
            return new CreditAccount(command.userId(), Credits.of(100), Credits.ZERO, false, 0)
                    .reserve(amount, 1000, command.subject(), command.idempotencyKey(), Instant.now()).reservation();
        }, command -> new Settlement(ReservationStatus.SETTLED, command.actual(), Credits.ZERO, Credits.of(100), false),
                command -> null, (request, reservation, listener) -> {
                    requests.add(request);
                    return script.removeFirst();
                }, (who, subject, settlement) -> { });
    }

    private static AgentTool echo(ToolPolicy policy) {
        return new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("echo", "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public ToolPolicy policy() {
                return policy;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                return ToolOutcome.ok("echoed");
            }
        };
    }

    private final class RecordingHost implements LoopHost {

        private final UserId user = UserId.random();
        private final SessionId session = SessionId.random();
        private final RunId run = RunId.random();
        private final ToolPolicy toolPolicy;

        RecordingHost(ToolPolicy toolPolicy) {
            this.toolPolicy = toolPolicy;
        }

        @Override
        public LlmCharge charge(int turn) {
            return new LlmCharge(user, session.value(), run.value(), "turn-" + turn, MODEL.price(), 1000, false);
        }

        @Override
        public List<ToolSpec> tools() {
            return List.of(new ToolSpec("echo", "", null));
        }

        @Override
        public LlmStreamListener stream(int turn) {
            return delta -> { };
        }

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void settled(LlmTurn turn) {
            seen.add("settled " + requests.size());
        }

        @Override
        public void recorded(Message message) {
            seen.add("recorded " + message.role().code());
        }

        @Override
        public void toolCalled(ToolCall call) {
            seen.add("called " + call.id());
        }

        @Override
        public boolean needsUser(ToolCall call) {
            return toolPolicy != ToolPolicy.AUTOMATIC;
        }

        @Override
        public ToolBatch toolBatch(List<ToolCall> calls) {
            return call -> new ToolInvocation(user, session, run, call.id(), call.arguments(), Map.of());
        }

        @Override
        public void toolAnswered(ToolCall call, ToolOutcome outcome) {
            seen.add("answered " + call.id());
        }
    }
}
