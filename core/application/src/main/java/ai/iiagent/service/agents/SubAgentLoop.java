package ai.iiagent.service.agents;

import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.RunEvent.SubAgentEnd;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sub-agent's model loop: its own conversation (system prompt and task, never the session's
 * memory), the parent run's sandbox tools, every turn and tool call billed through the same
 * {@code BillableExecutor} path as the parent's, under keys of its own. It stops on a final answer,
 * the parent run's cancel flag, its turn limit, a repeated call or an error; whatever happens it
 * returns a result, never throws, so the parent reads a failure as a tool error.
 */
final class SubAgentLoop {

    private static final Logger LOG = Logger.getLogger(SubAgentLoop.class.getName());

    private final SubAgentPorts with;
    private final RunEvents events;
    private final Identity owner;
    private final ResolvedModel model;
    private final Map<String, AgentTool> tools;
    private final List<ToolSpec> specs;
    private final ToolRunner runner;
    private final LoopGuard loopGuard;
    private final CancelCheck cancel;
    private final String subAgentId;
    private final String description;
    private final int maxTurns;
    private final List<Message> messages = new ArrayList<>();
    private int turns;

    SubAgentLoop(SubAgentPorts with, AgentSettings settings, int maxTurns, RunEvents events, Identity owner,
                 ResolvedModel model, List<AgentTool> tools, String subAgentId, String description, String systemPrompt) {
        this.with = with;
        this.events = events;
        this.owner = owner;
        this.model = model;
        this.tools = new LinkedHashMap<>();
        tools.forEach(tool -> this.tools.put(tool.spec().name(), tool));
        this.specs = tools.stream().map(AgentTool::spec).toList();
        this.runner = new ToolRunner(this.tools, settings.maxToolOutputChars(), with.billable());
        this.loopGuard = new LoopGuard(settings.loopThreshold());
        this.cancel = new CancelCheck(with.cancellation(), events.runId());
        this.subAgentId = subAgentId;
        this.description = description;
        this.maxTurns = maxTurns;
        messages.add(Message.system(systemPrompt));
    }

    SubAgentResult run(String prompt) {
        messages.add(Message.user(prompt));
        try {
            return loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ended(SubAgentEnd.CANCELLED, "The sub-agent was stopped before it finished.");
        } catch (InsufficientCreditsException e) {
            return ended(SubAgentEnd.FAILED, "The sub-agent stopped: " + e.getMessage());
        } catch (DomainException e) {
            return ended(SubAgentEnd.FAILED, "The sub-agent failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sub-agent " + subAgentId + " of run " + events.runId() + " failed", e);
            return ended(SubAgentEnd.FAILED, "The sub-agent failed because of an internal error: " + e.getMessage());
        }
    }

    private SubAgentResult loop() throws InterruptedException {
        while (true) {
            if (stopped()) {
                return ended(SubAgentEnd.CANCELLED, "The run was cancelled, so the sub-agent stopped.");
            }
            if (turns >= maxTurns) {
                return ended(SubAgentEnd.FAILED, "The sub-agent stopped after " + turns + " model turns, its limit, without"
                        + " a final answer.");
            }
            turns++;
            LlmTurn turn = streamTurn();
            if (turn.cancelled() || stopped()) {
                return ended(SubAgentEnd.CANCELLED, "The run was cancelled, so the sub-agent stopped.");
            }
            if (turn.toolCalls().isEmpty()) {
                return ended(SubAgentEnd.COMPLETED, turn.text());
            }
            if (loopGuard.repeatedTooOften(turn.toolCalls())) {
                return ended(SubAgentEnd.FAILED, "The sub-agent repeated the same tool call too often and was stopped.");
            }
            runTools(turn.toolCalls());
        }
    }

    private LlmTurn streamTurn() {
        DeltaBuffer text = DeltaBuffer.response(events);
        DeltaBuffer reasoning = DeltaBuffer.reasoning(events);
        LlmStreamListener listener = new LlmStreamListener() {
            @Override
            public void onTextDelta(String delta) {
                text.add(delta);
            }

            @Override
            public void onReasoningDelta(String delta) {
                reasoning.add(delta);
            }

            @Override
            public boolean stopRequested() {
                return stopped();
            }
        };
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(), List.copyOf(messages),
                specs, model.maxOutputTokens());
        // Its own key within the parent run: the reservation is idempotent by key, and the parent's turns use "turn-…".
        LlmCharge charge = new LlmCharge(owner.userId(), events.sessionId().value(), events.runId().value(),
                "sub-" + subAgentId + "-turn-" + turns, model.price(), model.maxOutputTokens(), model.byok());
        return with.billable().streamLlm(charge, request, listener, turn -> {
            reasoning.flush();
            text.flush();
            if (turn.reasoning() != null && !turn.reasoning().isBlank()) {
                events.emit(new RunEvent.Reasoning(turn.reasoning()));
            }
            if (!turn.text().isBlank()) {
                events.emit(new RunEvent.Response(turn.text()));
            }
            messages.add(turn.asMessage());
        });
    }

    private void runTools(List<ToolCall> calls) throws InterruptedException {
        calls.forEach(call -> events.emit(new RunEvent.ToolCalled(call.id(), call.name(), call.arguments())));
        SessionEnvironment environment = new SessionEnvironment(with.sessionSecrets(), with.cipher());
        Map<String, String> variables = environment.variables(events.sessionId());
        SecretMask mask = variables.isEmpty() ? SecretMask.NONE : new SecretMask(variables.values());
        // The model's call ids repeat across agents ("call_1"); tool reservations are keyed by them, so prefix ours.
        List<ToolCall> keyed = calls.stream().map(call -> new ToolCall(subAgentId + "-" + call.id(), call.name(),
                call.arguments())).toList();
        List<ToolInvocation> invocations = keyed.stream().map(call -> new ToolInvocation(owner.userId(),
                events.sessionId(), events.runId(), call.id(), call.arguments(), Map.of()).withEnvironment(variables))
                .toList();
        List<ToolOutcome> outcomes = runner.runAll(keyed, invocations);
        UserFiles userFiles = new UserFiles(with.sharedFiles(), owner, events.sessionId());
        for (int i = 0; i < calls.size(); i++) {
            ToolCall call = calls.get(i);
            ToolOutcome outcome = userFiles.deliver(mask.apply(outcomes.get(i)));
            messages.add(runner.asMessage(call, outcome));
            events.emit(new RunEvent.ToolResulted(call.id(), call.name(), call.arguments(),
                    outcome.display().isEmpty() ? outcome.text() : outcome.display(), outcome.error()));
        }
    }

    private boolean stopped() {
        return Thread.currentThread().isInterrupted() || cancel.raised();
    }

    private SubAgentResult ended(SubAgentEnd status, String text) {
        SubAgentResult result = new SubAgentResult(subAgentId, description, status, text, turns);
        try {
            events.emit(new RunEvent.SubAgentCompleted(status, description, text, turns));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sub-agent " + subAgentId + ": could not publish its end", e);
        }
        return result;
    }
}
