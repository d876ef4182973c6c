package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.UpdateSessionPlanCommand;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code submit_plan} (plan mode): stores 1 to 10 milestones as the session's plan, which emits
 * {@code plan.milestone.generated}; the run ends with it. Made per run, for the session's owner.
 */
final class SubmitPlanTool implements AgentTool {

    static final String NAME = ToolNames.SUBMIT_PLAN;
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Submit the plan: a one-line summary and 1 to 10 milestones, each a concrete, checkable step.",
            Map.of("type", "object", "required", List.of("summary", "milestones"), "properties", Map.of(
                    "summary", Map.of("type", "string"),
                    "milestones", Map.of("type", "array", "minItems", 1, "maxItems", 10, "items", Map.of("type", "object",
                            "required", List.of("content"), "properties", Map.of("id", Map.of("type", "string"),
                                    "content", Map.of("type", "string"), "details", Map.of("type", "string")))))));

    private final Identity owner;
    private final UpdateSessionPlanUseCase plans;

    SubmitPlanTool(Identity owner, UpdateSessionPlanUseCase plans) {
        this.owner = owner;
        this.plans = plans;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Ends the run with the plan: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public boolean endsRun() {
        return true;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("milestones") instanceof List<?> given) || given.isEmpty() || given.size() > 10) {
            return ToolOutcome.failed("milestones must be a list of 1 to 10 items");
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Object item : given) {
            if (!(item instanceof Map<?, ?> step) || !(step.get("content") instanceof String content) || content.isBlank()) {
                return ToolOutcome.failed("every milestone needs a content");
            }
            String id = step.get("id") instanceof String named && !named.isBlank() ? named : "m" + (milestones.size() + 1);
            String details = step.get("details") instanceof String text ? text : null;
            milestones.add(new Milestone(id, content, MilestoneStatus.PENDING, details, List.of()));
        }
        String summary = invocation.arguments().get("summary") instanceof String text ? text : "";
        plans.update(new UpdateSessionPlanCommand(owner, invocation.sessionId(), new SessionPlan(summary, milestones)));
        return new ToolOutcome("Plan saved with " + milestones.size() + " milestones.",
                Map.of("summary", summary, "milestones", milestones.size()), false);
    }
}
