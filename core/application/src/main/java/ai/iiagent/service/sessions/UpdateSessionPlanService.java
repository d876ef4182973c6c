package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionPlanCommand;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores the plan, then emits its event. Not one transaction on purpose: the event goes on the bus
 * as soon as it is stored, so it must never describe a plan that might still roll back.
 */
public final class UpdateSessionPlanService implements UpdateSessionPlanUseCase {

    private final SessionAccess access;
    private final SessionPlanRepository plans;
    private final PublishSessionEventsUseCase events;
    private final ClockPort clock;

    public UpdateSessionPlanService(SessionRepository sessions, SessionPlanRepository plans,
                                    PublishSessionEventsUseCase events, ClockPort clock) {
        this.access = new SessionAccess(sessions);
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SessionPlan update(UpdateSessionPlanCommand command) {
        access.owned(command.owner(), command.sessionId());
        plans.save(command.sessionId(), command.plan(), clock.now());
        events.publish(new PublishSessionEventsCommand(command.sessionId(),
                List.of(new Outgoing(EventName.PLAN_MILESTONE_GENERATED, null, JsonObject.of(content(command.plan()))))));
        return command.plan();
    }

    static Map<String, Object> content(SessionPlan plan) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("summary", plan.summary());
        content.put("milestones", plan.milestones().stream().map(UpdateSessionPlanService::milestone).toList());
        return content;
    }

    private static Map<String, Object> milestone(Milestone milestone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", milestone.id());
        json.put("content", milestone.content());
        json.put("status", milestone.status().code());
        json.put("details", milestone.details());
        json.put("dependencies", milestone.dependencies());
        return json;
    }
}
