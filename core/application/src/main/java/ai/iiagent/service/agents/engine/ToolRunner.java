package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import ai.iiagent.service.metering.ToolPrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one tool runner of agent runs and chat answers: runs a turn's ready tool calls in parallel (one
 * virtual thread each), each reserved through metering first and bounded by its tool's timeout;
 * unknown tools, failures and time-outs become error results the model can read.
 */
public final class ToolRunner {

    private final Map<String, AgentTool> tools;
    private final int maxOutputChars;
    private final BillableExecutor billable;

    /** @param tools by name; the map is read on each call, so tools joining it later (MCP) are found too */
    public ToolRunner(Map<String, AgentTool> tools, int maxOutputChars, BillableExecutor billable) {
        ToolPrices.requirePriced(tools.values());
        this.tools = tools;
        this.maxOutputChars = maxOutputChars;
        this.billable = billable;
    }

    public List<ToolOutcome> runAll(List<ToolCall> calls, List<ToolInvocation> invocations) throws InterruptedException {
        // Not try-with-resources: close() would wait for a tool that ignores interruption.
        ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<ToolOutcome>> running = new ArrayList<>();
            long submitted = System.nanoTime();
            for (int i = 0; i < calls.size(); i++) {
                ToolCall call = calls.get(i);
                ToolInvocation invocation = invocations.get(i);
                running.add(lanes.submit(() -> runOne(call, invocation)));
            }
            List<ToolOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                outcomes.add(await(calls.get(i), running.get(i), submitted));
            }
            return outcomes;
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Whether this call, when it succeeds, ends the run ({@code submit_plan}). */
    public boolean endsRun(String toolName) {
        AgentTool tool = tools.get(toolName);
        return tool != null && tool.endsRun();
    }

    /** The result the model reads: cut at the tool's own limit, or the runner's. */
    public Message asMessage(ToolCall call, ToolOutcome outcome) {
        String text = outcome.text();
        AgentTool tool = tools.get(call.name());
        int limit = tool != null && tool.maxResultChars() > 0 ? tool.maxResultChars() : maxOutputChars;
        if (text.length() > limit) {
            text = text.substring(0, limit) + "\n[truncated: " + (outcome.text().length() - limit) + " more characters]";
        }
        return Message.toolResult(call.id(), call.name(), text, outcome.error());
    }

    private ToolOutcome runOne(ToolCall call, ToolInvocation invocation) throws Exception {
        AgentTool tool = tools.get(call.name());
        if (tool == null) {
            return ToolOutcome.failed("Unknown tool: " + call.name() + ". Available: " + String.join(", ", tools.keySet()));
        }
        // Every call, free ones too (a zero hold): reserve the declared maximum first, settle what it reports.
        // Keyed by the invocation's call id: a sub-agent's calls reuse the model's ids (call_1), so its host prefixes them.
        ToolCharge charge = new ToolCharge(invocation.userId(), invocation.sessionId().value(), invocation.runId().value(),
                call.name(), invocation.callId(), tool.maxCost());
        return billable.runPaidTool(charge, new PaidToolCall<ToolOutcome>() {
            @Override
            public ToolOutcome call(CreditReservation reservation) {
                try {
                    return tool.run(invocation.paidWith(reservation));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }

            @Override
            public Credits cost(ToolOutcome outcome) {
                return outcome.cost();
            }
        });
    }

    /** Each call's deadline counts from when all were submitted, so waiting on one never extends another's. */
    private ToolOutcome await(ToolCall call, Future<ToolOutcome> future, long submitted) throws InterruptedException {
        AgentTool tool = tools.get(call.name());
        long timeoutMs = tool == null ? 1000 : tool.timeout().toMillis();
        long leftNanos = submitted + TimeUnit.MILLISECONDS.toNanos(timeoutMs) - System.nanoTime();
        try {
            return future.get(Math.max(0, leftNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ToolOutcome.failed(call.name() + " did not finish within " + timeoutMs + " ms and was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return ToolOutcome.failed(call.name() + " failed: " + cause.getMessage());
        }
    }
}
