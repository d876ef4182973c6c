package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.port.in.sessions.AppendSessionEventsUseCase;
import ai.iiagent.port.in.sessions.BulkDeleteSessionsUseCase;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.ForkSessionUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.ListMarkedSessionsUseCase;
import ai.iiagent.port.in.sessions.ListSessionEventsUseCase;
import ai.iiagent.port.in.sessions.MarkSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.RecordAgentTypeUseCase;
import ai.iiagent.port.in.sessions.TitleSessionFromFirstQueryUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.in.sessions.ListSessionsUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.settings.GetModelSettingQuery;
import ai.iiagent.port.in.settings.GetModelSettingUseCase;
import ai.iiagent.port.out.sessions.ModelSettingVisibility;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.sessions.SessionMarkRepository;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.sessions.SessionTitlePort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.sessions.AppendSessionEventsService;
import ai.iiagent.service.sessions.BulkDeleteSessionsService;
import ai.iiagent.service.sessions.CreateSessionService;
import ai.iiagent.service.sessions.ForkSessionService;
import ai.iiagent.service.sessions.GetSessionService;
import ai.iiagent.service.sessions.ListMarkedSessionsService;
import ai.iiagent.service.sessions.ListSessionEventsService;
import ai.iiagent.service.sessions.MarkSessionService;
import ai.iiagent.service.sessions.RecordAgentTypeService;
import ai.iiagent.service.sessions.TitleSessionFromFirstQueryService;
import ai.iiagent.service.sessions.UpdateSessionPlanService;
import ai.iiagent.service.sessions.ListSessionsService;
import ai.iiagent.service.sessions.UpdateSessionService;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The sessions feature's services. */
@ApplicationScoped
public class SessionsWiring {

    @Produces
    @ApplicationScoped
    CreateSessionUseCase createSession(SessionRepository sessions, ClockPort clock) {
        return new CreateSessionService(sessions, clock);
    }

    @Produces
    @ApplicationScoped
    ListSessionsUseCase listSessions(SessionRepository sessions, SessionPlanRepository plans,
                                     SessionProjectsPort projects) {
        return new ListSessionsService(sessions, plans, projects);
    }

    @Produces
    @ApplicationScoped
    GetSessionUseCase getSession(SessionRepository sessions, SessionPlanRepository plans,
                                 SessionProjectsPort projects) {
        return new GetSessionService(sessions, plans, projects);
    }

    @Produces
    @ApplicationScoped
    UpdateSessionUseCase updateSession(SessionRepository sessions, SessionPlanRepository plans,
                                       SessionProjectsPort projects, ClockPort clock) {
        return new UpdateSessionService(sessions, plans, projects, clock);
    }

    @Produces
    @ApplicationScoped
    BulkDeleteSessionsUseCase bulkDeleteSessions(UpdateSessionUseCase update) {
        return new BulkDeleteSessionsService(update);
    }

    @Produces
    @ApplicationScoped
    AppendSessionEventsUseCase appendSessionEvents(SessionEventRepository events) {
        return new AppendSessionEventsService(events);
    }

    @Produces
    @ApplicationScoped
    MarkSessionUseCase markSession(SessionRepository sessions, SessionMarkRepository marks, ClockPort clock) {
        return new MarkSessionService(sessions, marks, clock);
    }

    @Produces
    @ApplicationScoped
    ListMarkedSessionsUseCase listMarkedSessions(SessionMarkRepository marks) {
        return new ListMarkedSessionsService(marks);
    }

    @Produces
    @ApplicationScoped
    UpdateSessionPlanUseCase updateSessionPlan(SessionRepository sessions, SessionPlanRepository plans,
                                               PublishSessionEventsUseCase events, ClockPort clock) {
        return new UpdateSessionPlanService(sessions, plans, events, clock);
    }

    @Produces
    @ApplicationScoped
    ForkSessionUseCase forkSession(SessionRepository sessions, PublishSessionEventsUseCase events, UnitOfWork unitOfWork,
                                   ClockPort clock, GetModelSettingUseCase modelSettings, SessionNoticeEncoding encoding) {
        return new ForkSessionService(sessions, events, unitOfWork, clock, modelSettingVisibility(modelSettings), encoding);
    }

    /** Sessions ask the settings feature (its own and system models are visible; anything else is not found). */
    static ModelSettingVisibility modelSettingVisibility(GetModelSettingUseCase modelSettings) {
        return (caller, id) -> {
            try {
                modelSettings.get(new GetModelSettingQuery(caller, id));
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        };
    }

    @Produces
    @ApplicationScoped
    TitleSessionFromFirstQueryUseCase titleSessionFromFirstQuery(SessionRepository sessions, SessionTitlePort titles,
                                                                 ClockPort clock) {
        return new TitleSessionFromFirstQueryService(sessions, titles, clock);
    }

    @Produces
    @ApplicationScoped
    RecordAgentTypeUseCase recordAgentType(SessionRepository sessions, ClockPort clock) {
        return new RecordAgentTypeService(sessions, clock);
    }

    @Produces
    @ApplicationScoped
    ListSessionEventsUseCase listSessionEvents(SessionRepository sessions, SessionEventRepository events) {
        return new ListSessionEventsService(sessions, events);
    }
}
