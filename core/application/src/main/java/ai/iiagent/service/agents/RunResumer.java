package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.tasks.GetLatestRunQuery;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resumes paused agent runs: what {@code ContinueRunService} and {@code AnswerUserService} share.
 * The paused run and the calls it waits on are checked on the caller's thread; the loop goes on on
 * its own virtual thread.
 */
public final class RunResumer {

    /** The tool {@code save_env} answers (reference §4.2, §6.1). */
    static final String ASK_USER_ENV = ToolNames.ASK_USER_ENV;

    private final RunPreparation prepare;
    private final RunLoops loops;
    private final GetLatestRunUseCase latestRun;
    private final MoveRunUseCase moveRun;
    private final SessionEnvironment environment;

    public RunResumer(RunPreparation prepare, RunLoops loops, GetLatestRunUseCase latestRun, MoveRunUseCase moveRun,
                      SessionEnvironment environment) {
        this.prepare = prepare;
        this.loops = loops;
        this.latestRun = latestRun;
        this.moveRun = moveRun;
        this.environment = environment;
    }

    /** {@code continue_run}: approves or rejects the calls a paused run waits on. */
    public RunId continueRun(ContinueRun command) {
        return resume(RunStart.resumption(command.owner(), command.sessionId(), command.modelId(), command.autoApprove()),
                command.runId(), command.confirmed(), Map.of());
    }

    /** {@code continue_run} with {@code user_input.selection}: the answer to {@code ask_user_select}. */
    public RunId answerSelection(AnswerUser command, AnswerUser.Selection answer) {
        Map<String, Object> input = answer.selection() == null ? Map.of() : Map.of("selection", answer.selection());
        return resume(RunStart.resumption(command.owner(), command.sessionId(), command.modelId(), command.autoApprove()),
                answer.runId(), answer.confirmed(), input);
    }

    private RunId resume(RunStart command, RunId runId, boolean confirmed, Map<String, Object> input) {
        Session session = prepare.owned(command);
        RunTask latest = latestRun.latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.id().equals(runId) && run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run " + runId));
        AgentType type = prepare.types().ofSession(session);
        List<Message> history = prepare.history(session, type);
        List<ToolCall> waiting = unanswered(history);
        if (waiting.isEmpty()) {
            throw new RunNotFoundException(session.id(), "paused run " + runId + " waiting for an answer");
        }
        ResolvedModel model = prepare.model(command);
        RunTask resumed = moveRun.move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "continued by the user", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + runId); // cancelled meanwhile
        }
        RunEvents events = loops.events(session.id(), runId);
        RunLoop loop = loops.loop(events, command.owner(), model, history, prepare.catalog(command, model, type),
                RunLoop.RunFinish.NOTHING);
        loops.runs().submit(() -> loop.resume(waiting, confirmed, input));
        return runId;
    }

    /**
     * {@code save_env}: answers the paused run's {@code ask_user_env} call. The values are sealed and
     * stored for the session (its sandbox commands get them as environment variables); only their
     * names reach events, memory and the model.
     */
    public RunId answerEnvironment(AnswerUser answer, AnswerUser.Environment variables) {
        RunStart command = RunStart.resumption(answer.owner(), answer.sessionId(), answer.modelId(), answer.autoApprove());
        Session session = prepare.owned(command);
        String callId = variables.toolCallId();
        Map<String, String> secrets = EnvSecrets.checked(variables.variables());
        RunTask latest = latestRun.latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run waiting for " + ASK_USER_ENV));
        AgentType type = prepare.types().ofSession(session);
        List<Message> history = prepare.history(session, type);
        List<ToolCall> waiting = unanswered(history);
        ToolCall asked = waiting.stream().filter(call -> call.id().equals(callId) && call.name().equals(ASK_USER_ENV))
                .findFirst().orElseThrow(() -> new RunNotFoundException(session.id(),
                        "paused run waiting for " + ASK_USER_ENV + " call " + callId));
        ResolvedModel model = prepare.model(command);
        environment.save(session.id(), secrets);
        RunTask resumed = moveRun.move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "environment saved", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + latest.id()); // cancelled meanwhile
        }
        List<String> names = List.copyOf(secrets.keySet());
        RunEvents events = loops.events(session.id(), latest.id());
        events.emit(new RunEvent.EnvironmentSaved("Saved " + names.size() + " environment variable"
                + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names), names, callId));
        RunLoop loop = loops.loop(events, command.owner(), model, history, prepare.catalog(command, model, type),
                RunLoop.RunFinish.NOTHING);
        List<ToolCall> others = waiting.stream().filter(call -> !call.id().equals(callId)).toList();
        loops.runs().submit(() -> loop.answer(asked, others));
        return latest.id();
    }

    /** The calls of the last assistant message that no tool message answered yet. */
    static List<ToolCall> unanswered(List<Message> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
            if (message.is(Role.ASSISTANT)) {
                Set<String> answered = new HashSet<>();
                history.subList(i + 1, history.size()).forEach(later -> answered.add(later.toolCallId()));
                return message.toolCalls().stream().filter(call -> !answered.contains(call.id())).toList();
            }
        }
        return List.of();
    }
}
