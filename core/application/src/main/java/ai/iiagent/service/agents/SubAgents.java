package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Starts the sub-agents of one agent (a run, or a sub-agent one level down): each a
 * {@link SubAgentLoop} in the same session, sandbox and run, at {@code depth + 1}, with the
 * parent's tools minus those that need the user or end the run, and its own delegation tools one
 * level deeper. A parent at the depth limit gets a refusal its model can read.
 */
final class SubAgents {

    private static final Set<String> DELEGATION = Set.of(SubAgentTaskTool.NAME, SubAgentTaskAllTool.NAME);

    private final SubAgentPorts with;
    private final AgentSettings settings;
    private final SubAgentSettings limits;
    private final SubAgentProfiles profiles;
    private final Identity owner;
    private final ResolvedModel model;
    private final List<AgentTool> parentTools;
    private final int depth;
    private final String parentSubAgentId;

    SubAgents(SubAgentPorts with, AgentSettings settings, SubAgentSettings limits, SubAgentProfiles profiles,
              Identity owner, ResolvedModel model, List<AgentTool> parentTools, int depth, String parentSubAgentId) {
        this.with = with;
        this.settings = settings;
        this.limits = limits;
        this.profiles = profiles;
        this.owner = owner;
        this.model = model;
        this.parentTools = parentTools.stream().filter(tool -> !DELEGATION.contains(tool.spec().name())).toList();
        this.depth = depth;
        this.parentSubAgentId = parentSubAgentId;
    }

    /** The two delegation tools of this agent. */
    List<AgentTool> tools() {
        return List.of(new SubAgentTaskTool(this), new SubAgentTaskAllTool(this));
    }

    SubAgentSettings limits() {
        return limits;
    }

    /** Why this agent may not delegate (the depth limit), or empty when it may. */
    Optional<String> refusal() {
        if (depth + 1 > limits.maxDepth()) {
            return Optional.of("sub_agent_depth_limit: this agent is already at depth " + depth + ", the deepest"
                    + " delegation allowed (max depth " + limits.maxDepth() + "), so it cannot start sub-agents."
                    + " Do the task yourself.");
        }
        return Optional.empty();
    }

    /** Why a task's type cannot run, or empty. */
    Optional<String> unknownType(SubAgentTask task) {
        return profiles.find(task.agentType()).isPresent() ? Optional.empty()
                : Optional.of("unknown agent_type '" + task.agentType() + "'; known: " + String.join(", ", profiles.names()));
    }

    /** Runs one sub-agent to its end on the calling thread. */
    SubAgentResult run(ToolInvocation invocation, SubAgentTask task) {
        String subAgentId = "sa-" + UUID.randomUUID().toString().substring(0, 8);
        SubAgentProfiles.Profile profile = profiles.find(task.agentType()).orElseThrow();
        RunEvents events = new RunEvents(with.events(), with.encoding(), invocation.sessionId(), invocation.runId())
                .from(new RunEvent.SubAgentTag(subAgentId, depth + 1, parentSubAgentId));
        events.emit(new RunEvent.SubAgentStarted(task.description(), task.prompt(), profile.agentType(),
                invocation.callId()));
        List<AgentTool> childTools = new ArrayList<>(parentTools.stream()
                .filter(tool -> tool.policy() == ToolPolicy.AUTOMATIC && !tool.endsRun()) // a sub-agent cannot pause for the user
                .filter(tool -> profile.keepsTool().test(tool.spec().name())).toList());
        childTools.addAll(new SubAgents(with, settings, limits, profiles, owner, model, parentTools, depth + 1, subAgentId)
                .tools());
        return new SubAgentLoop(with, settings, limits.maxTurns(), events, owner, model, childTools, subAgentId,
                task.description(), profile.systemPrompt()).run(task.prompt());
    }

    /** Runs the tasks at most {@code maxParallel} at a time; results in the tasks' order. */
    List<SubAgentResult> runAll(ToolInvocation invocation, List<SubAgentTask> tasks) throws InterruptedException {
        Semaphore lanes = new Semaphore(limits.maxParallel());
        // Not try-with-resources: on interruption the children must be interrupted, not awaited.
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<SubAgentResult>> running = new ArrayList<>();
            for (SubAgentTask task : tasks) {
                running.add(threads.submit(() -> {
                    lanes.acquire();
                    try {
                        return run(invocation, task);
                    } finally {
                        lanes.release();
                    }
                }));
            }
            List<SubAgentResult> results = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                results.add(await(running.get(i), tasks.get(i)));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static SubAgentResult await(Future<SubAgentResult> future, SubAgentTask task) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // Only a task stopped while waiting for its lane gets here (the loop itself never throws).
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new SubAgentResult(null, task.description(), cause instanceof InterruptedException
                    ? RunEvent.SubAgentEnd.CANCELLED : RunEvent.SubAgentEnd.FAILED, "The sub-agent did not run: " + cause.getMessage(), 0);
        }
    }
}
