package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.agents.LoopDetector;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.BillableExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one model loop of agent runs and chat answers: stream a turn through metering (the turn's record
 * is stored in its settlement's transaction: one durable commit per turn), run the tools it asked for,
 * give their results back to the model, repeat, until the model answers in text or the {@link RunPolicy}
 * or the host ends it ({@link LoopEnd}). What differs between an agent run and a chat answer is the
 * {@link LoopHost}'s: charges, tools on offer, transport, store, the human in the loop.
 */
public final class ModelLoop {

    private final BillableExecutor billable;
    private final ResolvedModel model;
    private final RunPolicy policy;
    private final ToolRunner tools;
    private final LoopHost host;
    private final List<Message> conversation;
    private final LoopDetector loops;
    private int turns;

    public ModelLoop(BillableExecutor billable, ResolvedModel model, RunPolicy policy, ToolRunner tools, LoopHost host,
                     List<Message> history) {
        this.billable = billable;
        this.model = model;
        this.policy = policy;
        this.tools = tools;
        this.host = host;
        this.conversation = new ArrayList<>(history);
        this.loops = policy.loopDetector();
    }

    /** The conversation so far, with every message the loop recorded. */
    public List<Message> conversation() {
        return Collections.unmodifiableList(conversation);
    }

    /** Model turns taken. */
    public int turns() {
        return turns;
    }

    /** Adds a message to the conversation (the user's prompt, a summary, an answer the host made) and stores it. */
    public void record(Message message) {
        conversation.add(message);
        host.recorded(message);
    }

    /** Replaces the conversation by the host's (a summary after compaction); nothing is stored. */
    public void replaceConversation(List<Message> messages) {
        conversation.clear();
        conversation.addAll(messages);
    }

    /** Turns until one ends the loop. Exceptions of metering (insufficient credits) and the provider propagate. */
    public LoopEnd run() throws InterruptedException {
        while (true) {
            if (host.stopRequested()) {
                return new LoopEnd.Stopped(null);
            }
            if (policy.turnsUsedUp(turns)) {
                return new LoopEnd.TurnLimit(null);
            }
            turns++;
            LlmTurn turn = stream();
            if (turn.cancelled() || host.stopRequested()) {
                return new LoopEnd.Stopped(turn);
            }
            if (turn.toolCalls().isEmpty()) {
                return new LoopEnd.Answered(turn);
            }
            if (!policy.offersTools(turns)) {
                return new LoopEnd.TurnLimit(turn);
            }
            if (loops.repeatedTooOften(turn.toolCalls())) {
                return new LoopEnd.Looping(turn);
            }
            if (policy.parallelTools()) {
                turn.toolCalls().forEach(host::toolCalled);
            }
            if (turn.toolCalls().stream().anyMatch(host::needsUser)) {
                return new LoopEnd.Paused(turn);
            }
            List<ToolOutcome> outcomes = runTools(turn.toolCalls());
            host.turnAnswered(turn, outcomes);
            if (endsRun(turn.toolCalls(), outcomes)) {
                return new LoopEnd.EndedByTool(turn);
            }
        }
    }

    /**
     * Runs these calls and records their results, in the policy's way: side by side, or one after
     * another (each announced before it runs, and not run once the host asked to stop).
     */
    public List<ToolOutcome> runTools(List<ToolCall> calls) throws InterruptedException {
        if (calls.isEmpty()) {
            return List.of();
        }
        ToolBatch batch = host.toolBatch(calls);
        List<ToolOutcome> outcomes = new ArrayList<>();
        if (policy.parallelTools()) {
            List<ToolOutcome> ran = tools.runAll(calls, calls.stream().map(batch::invocation).toList());
            for (int i = 0; i < calls.size(); i++) {
                outcomes.add(answer(calls.get(i), batch.delivered(calls.get(i), ran.get(i))));
            }
            return outcomes;
        }
        for (ToolCall call : calls) {
            host.toolCalled(call);
            ToolOutcome ran = host.stopRequested() ? ToolOutcome.failed(host.notRun())
                    : tools.runAll(List.of(call), List.of(batch.invocation(call))).get(0);
            outcomes.add(answer(call, batch.delivered(call, ran)));
        }
        return outcomes;
    }

    /** Records the result of a call the host answered itself (rejected, not run) or the tools ran. */
    public ToolOutcome answer(ToolCall call, ToolOutcome outcome) {
        record(ToolImages.forModel(tools.asMessage(call, outcome), outcome.images(), model));
        host.toolAnswered(call, outcome);
        return outcome;
    }

    /** Whether a call of these that ends the run succeeded. */
    public boolean endsRun(List<ToolCall> calls, List<ToolOutcome> outcomes) {
        boolean ends = false;
        for (int i = 0; i < calls.size(); i++) {
            ends |= !outcomes.get(i).error() && tools.endsRun(calls.get(i).name());
        }
        return ends;
    }

    private LlmTurn stream() {
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(), conversation,
                policy.offersTools(turns) ? host.tools() : List.of(), model.maxOutputTokens(), host.sampling());
        return billable.streamLlm(host.charge(turns), request, host.stream(turns), turn -> {
            host.settled(turn);
            record(turn.asMessage()); // with its provider data (signed thinking), stored in the same commit
        });
    }
}
