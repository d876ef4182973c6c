package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.RunEvent.SubAgentEnd;
import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.agents.engine.LoopEnd;
import ai.iiagent.service.agents.engine.LoopHost;
import ai.iiagent.service.agents.engine.ModelLoop;
import ai.iiagent.service.agents.engine.ToolBatch;
import ai.iiagent.service.agents.engine.ToolRunner;
import ai.iiagent.service.metering.LlmCharge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sub-agent on the engine's {@link ModelLoop}: its own conversation (a system prompt and the
 * task, never the session's memory), the parent run's sandbox tools, every turn and tool call billed
 * through the same {@code BillableExecutor} path as the parent's under keys of its own. It stops on a
 * final answer, the parent run's cancel flag, its turn limit, a repeated call or an error; whatever
 * happens it returns a result, never throws, so the parent reads a failure as a tool error.
 */
final class SubAgentLoop implements LoopHost {

    private static final Logger LOG = Logger.getLogger(SubAgentLoop.class.getName());

    private final SubAgentPorts with;
    private final RunEvents events;
    private final Identity owner;
    private final ResolvedModel model;
    private final List<ToolSpec> specs;
    private final ToolRunner runner;
    private final RunPolicy policy;
    private final CancelCheck cancel;
    private final String subAgentId;
    private final String description;
    private final String systemPrompt;
    private DeltaBuffer text;
    private DeltaBuffer reasoning;

    SubAgentLoop(SubAgentPorts with, AgentSettings settings, int maxTurns, RunEvents events, Identity owner,
                 ResolvedModel model, List<AgentTool> tools, String subAgentId, String description, String systemPrompt) {
        this.with = with;
        this.events = events;
        this.owner = owner;
        this.model = model;
        Map<String, AgentTool> byName = new LinkedHashMap<>();
        tools.forEach(tool -> byName.put(tool.spec().name(), tool));
        this.specs = tools.stream().map(AgentTool::spec).toList();
        this.runner = new ToolRunner(byName, settings.maxToolOutputChars(), with.billable());
        this.policy = RunPolicy.agentRun(maxTurns, settings.loopThreshold(), settings.compactionRatio(),
                settings.maxToolOutputChars());
        this.cancel = new CancelCheck(with.cancellation(), events.runId());
        this.subAgentId = subAgentId;
        this.description = description;
        this.systemPrompt = systemPrompt;
    }

    SubAgentResult run(String prompt) {
        ModelLoop loop = new ModelLoop(with.billable(), model, policy, runner, this, List.of(Message.system(systemPrompt)));
        try {
            loop.record(Message.user(prompt));
            return switch (loop.run()) {
                case LoopEnd.Answered answered -> ended(SubAgentEnd.COMPLETED, answered.turn().text(), loop);
                case LoopEnd.EndedByTool tool -> ended(SubAgentEnd.COMPLETED, tool.turn().text(), loop);
                case LoopEnd.Stopped stopped -> ended(SubAgentEnd.CANCELLED,
                        "The run was cancelled, so the sub-agent stopped.", loop);
                case LoopEnd.TurnLimit limit -> ended(SubAgentEnd.FAILED, "The sub-agent stopped after " + loop.turns()
                        + " model turns, its limit, without a final answer.", loop);
                case LoopEnd.Looping looping -> ended(SubAgentEnd.FAILED,
                        "The sub-agent repeated the same tool call too often and was stopped.", loop);
                case LoopEnd.Paused paused -> ended(SubAgentEnd.FAILED, "The sub-agent needed the user, which it cannot"
                        + " ask.", loop);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ended(SubAgentEnd.CANCELLED, "The sub-agent was stopped before it finished.", loop);
        } catch (InsufficientCreditsException e) {
            return ended(SubAgentEnd.FAILED, "The sub-agent stopped: " + e.getMessage(), loop);
        } catch (DomainException e) {
            return ended(SubAgentEnd.FAILED, "The sub-agent failed: " + e.getMessage(), loop);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sub-agent " + subAgentId + " of run " + events.runId() + " failed", e);
            return ended(SubAgentEnd.FAILED, "The sub-agent failed because of an internal error: " + e.getMessage(), loop);
        }
    }

    @Override
    public LlmCharge charge(int turn) {
        // Its own key within the parent run: the reservation is idempotent by key, and the parent's turns use "turn-…".
        return new LlmCharge(owner.userId(), events.sessionId().value(), events.runId().value(),
                "sub-" + subAgentId + "-turn-" + turn, model.price(), model.maxOutputTokens(), model.byok());
    }

    @Override
    public List<ToolSpec> tools() {
        return specs;
    }

    @Override
    public LlmStreamListener stream(int turn) {
        text = DeltaBuffer.response(events);
        reasoning = DeltaBuffer.reasoning(events);
        DeltaBuffer answer = text;
        DeltaBuffer thought = reasoning;
        return new LlmStreamListener() {
            @Override
            public void onTextDelta(String delta) {
                answer.add(delta);
            }

            @Override
            public void onReasoningDelta(String delta) {
                thought.add(delta);
            }

            @Override
            public boolean stopRequested() {
                return SubAgentLoop.this.stopRequested();
            }
        };
    }

    @Override
    public boolean stopRequested() {
        return Thread.currentThread().isInterrupted() || cancel.raised();
    }

    @Override
    public void settled(LlmTurn turn) {
        reasoning.flush();
        text.flush();
        if (turn.reasoning() != null && !turn.reasoning().isBlank()) {
            events.emit(new RunEvent.Reasoning(turn.reasoning()));
        }
        if (!turn.text().isBlank()) {
            events.emit(new RunEvent.Response(turn.text()));
        }
    }

    @Override
    public void recorded(Message message) {
        // A sub-agent's conversation is its own: nothing joins the session's memory.
    }

    @Override
    public void toolCalled(ToolCall call) {
        events.emit(new RunEvent.ToolCalled(call.id(), call.name(), call.arguments()));
    }

    @Override
    public boolean needsUser(ToolCall call) {
        return false; // its tools are only the automatic ones
    }

    @Override
    public ToolBatch toolBatch(List<ToolCall> calls) {
        Map<String, String> variables = new SessionEnvironment(with.sessionSecrets(), with.cipher())
                .variables(events.sessionId());
        SecretMask mask = variables.isEmpty() ? SecretMask.NONE : new SecretMask(variables.values());
        UserFiles userFiles = new UserFiles(with.sharedFiles(), owner, events.sessionId());
        return new ToolBatch() {
            @Override
            public ToolInvocation invocation(ToolCall call) {
                // The model's call ids repeat across agents (call_1); tool reservations are keyed by them, so prefix ours.
                return new ToolInvocation(owner.userId(), events.sessionId(), events.runId(), subAgentId + "-" + call.id(),
                        call.arguments(), Map.of()).withEnvironment(variables);
            }

            @Override
            public ToolOutcome delivered(ToolCall call, ToolOutcome outcome) {
                return userFiles.deliver(mask.apply(outcome));
            }
        };
    }

    @Override
    public void toolAnswered(ToolCall call, ToolOutcome outcome) {
        events.emit(new RunEvent.ToolResulted(call.id(), call.name(), call.arguments(),
                outcome.display().isEmpty() ? outcome.text() : outcome.display(), outcome.error()));
        BrowserView.of(call, outcome).ifPresent(events::emit); // tagged as the sub-agent's, like its tool results
    }

    private SubAgentResult ended(SubAgentEnd status, String answer, ModelLoop loop) {
        SubAgentResult result = new SubAgentResult(subAgentId, description, status, answer, loop.turns());
        try {
            events.emit(new RunEvent.SubAgentCompleted(status, description, answer, loop.turns()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sub-agent " + subAgentId + ": could not publish its end", e);
        }
        return result;
    }
}
