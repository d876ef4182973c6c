package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionErrors;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusCommand;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rewrites the plan with the new statuses, then emits an update per changed milestone (store, then publish). */
public final class UpdateMilestoneStatusService implements UpdateMilestoneStatusUseCase {

    static final ErrorCode UNKNOWN_MILESTONE = SessionErrors.UNKNOWN_MILESTONE;

    private final SessionAccess access;
    private final SessionPlanRepository plans;
    private final PublishSessionEventsUseCase events;
    private final ClockPort clock;
    private final SessionNoticeEncoding encoding;

    public UpdateMilestoneStatusService(SessionRepository sessions, SessionPlanRepository plans,
                                        PublishSessionEventsUseCase events, ClockPort clock,
                                        SessionNoticeEncoding encoding) {
        this.encoding = encoding;
        this.access = new SessionAccess(sessions);
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SessionPlan update(UpdateMilestoneStatusCommand command) {
        access.owned(command.owner(), command.sessionId());
        SessionPlan plan = plans.find(command.sessionId())
                .orElseThrow(() -> new ValidationException(UNKNOWN_MILESTONE, "the session has no plan"));
        Set<String> wanted = new HashSet<>(command.milestoneIds());
        List<Milestone> milestones = new ArrayList<>();
        List<Outgoing> updates = new ArrayList<>();
        for (Milestone milestone : plan.milestones()) {
            if (wanted.remove(milestone.id()) && milestone.status() != command.status()) {
                milestones.add(new Milestone(milestone.id(), milestone.content(), command.status(), milestone.details(),
                        milestone.dependencies()));
                SessionNoticeEncoding.Encoded updated = encoding.encode(command.runId(),
                        new SessionNotice.MilestoneUpdated(milestone.id(), command.status()));
                updates.add(new Outgoing(updated.name(), command.runId(), JsonObject.of(updated.content())));
            } else {
                milestones.add(milestone);
            }
        }
        if (!wanted.isEmpty()) {
            throw new ValidationException(UNKNOWN_MILESTONE, "the plan has no milestone " + String.join(", ", wanted));
        }
        SessionPlan updated = new SessionPlan(plan.summary(), milestones);
        if (!updates.isEmpty()) {
            plans.save(command.sessionId(), updated, clock.now());
            events.publish(new PublishSessionEventsCommand(command.sessionId(), updates));
        }
        return updated;
    }
}
