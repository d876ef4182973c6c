package ai.iiagent.service.chat;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import ai.iiagent.service.metering.ToolPrices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The tools a chat answer may use (reference §6.2). Chat has no human in the loop, so only tools
 * that run without asking are kept. Calls run one after another (as in the original), each bounded
 * by its tool's timeout; each is reserved through metering first (a free tool's hold is zero). Failures, time-outs
 * and unknown names become error results the model reads.
 */
public final class ChatToolbox {

    /** Results longer than this are cut before the model sees them (as agent tool results). */
    static final int MAX_OUTPUT_CHARS = 20_000;

    private final Map<String, AgentTool> tools = new LinkedHashMap<>();

    public ChatToolbox(List<AgentTool> tools) {
        ToolPrices.requirePriced(tools);
        tools.stream().filter(tool -> tool.policy() == ToolPolicy.AUTOMATIC && !tool.endsRun())
                .forEach(tool -> this.tools.put(tool.spec().name(), tool));
    }

    public static ChatToolbox none() {
        return new ChatToolbox(List.of());
    }

    /** The specs of the tools switched on. */
    List<ToolSpec> specs(Predicate<String> enabled) {
        return tools.values().stream().map(AgentTool::spec).filter(spec -> enabled.test(spec.name())).toList();
    }

    ToolOutcome run(ToolCall call, ToolInvocation invocation, BillableExecutor billable, Predicate<String> enabled)
            throws InterruptedException {
        AgentTool tool = enabled.test(call.name()) ? tools.get(call.name()) : null;
        if (tool == null) {
            return ToolOutcome.failed("Unknown tool: " + call.name());
        }
        ExecutorService lane = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Future<ToolOutcome> running = lane.submit(() -> paid(tool, call, invocation, billable));
            try {
                return running.get(tool.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                running.cancel(true);
                return ToolOutcome.failed(call.name() + " did not finish within " + tool.timeout().toMillis()
                        + " ms and was stopped");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                return ToolOutcome.failed(call.name() + " failed: " + cause.getMessage());
            }
        } finally {
            lane.shutdownNow(); // not close(): it would wait for a tool that ignores interruption
        }
    }

    static String forModel(ToolOutcome outcome) {
        String text = outcome.text();
        return text.length() <= MAX_OUTPUT_CHARS ? text : text.substring(0, MAX_OUTPUT_CHARS)
                + "\n[truncated: " + (text.length() - MAX_OUTPUT_CHARS) + " more characters]";
    }

    private static ToolOutcome paid(AgentTool tool, ToolCall call, ToolInvocation invocation, BillableExecutor billable) {
        ToolCharge charge = new ToolCharge(invocation.userId(), invocation.sessionId().value(), invocation.runId().value(),
                call.name(), call.id(), tool.maxCost());
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
}
