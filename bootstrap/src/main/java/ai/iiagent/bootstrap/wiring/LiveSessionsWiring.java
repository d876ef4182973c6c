package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.JoinSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsUseCase;
import ai.iiagent.port.in.sessions.ReportWorkspaceUseCase;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.service.sessions.JoinSessionService;
import ai.iiagent.service.sessions.ReadDeliverableEventsService;
import ai.iiagent.service.sessions.ReportWorkspaceService;
import ai.iiagent.service.sessions.UpdateMilestoneStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The sessions services live connections and runs use: join, workspace info, log reads, milestone status. */
@ApplicationScoped
public class LiveSessionsWiring {

    @Produces
    @ApplicationScoped
    JoinSessionUseCase joinSession(SessionRepository sessions, CreateSessionUseCase create) {
        return new JoinSessionService(sessions, create);
    }

    @Produces
    @ApplicationScoped
    ReportWorkspaceUseCase reportWorkspace(SessionRepository sessions, PublishSessionEventsUseCase events,
                                           SessionNoticeEncoding encoding) {
        return new ReportWorkspaceService(sessions, events, encoding);
    }

    @Produces
    @ApplicationScoped
    UpdateMilestoneStatusUseCase updateMilestoneStatus(SessionRepository sessions, SessionPlanRepository plans,
                                                       PublishSessionEventsUseCase events, ClockPort clock,
                                                       SessionNoticeEncoding encoding) {
        return new UpdateMilestoneStatusService(sessions, plans, events, clock, encoding);
    }

    @Produces
    @ApplicationScoped
    ReadDeliverableEventsUseCase readDeliverableEvents(SessionEventRepository log) {
        return new ReadDeliverableEventsService(log);
    }
}
