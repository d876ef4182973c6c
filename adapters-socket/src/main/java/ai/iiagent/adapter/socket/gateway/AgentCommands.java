package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.port.in.agents.AgentCommand;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.AnswerUserUseCase;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.in.agents.CancelRunUseCase;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.agents.ContinueRunUseCase;
import ai.iiagent.port.in.agents.EnhancePrompt;
import ai.iiagent.port.in.agents.EnhancePromptUseCase;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartForkUseCase;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartPlanUseCase;
import ai.iiagent.port.in.agents.StartQuery;
import ai.iiagent.port.in.agents.StartQueryUseCase;
import jakarta.enterprise.context.ApplicationScoped;

/** Each typed agent command to its use case; what a command produces arrives as session events. */
@ApplicationScoped
public class AgentCommands {

    private final StartQueryUseCase startQuery;
    private final StartPlanUseCase startPlan;
    private final ContinueRunUseCase continueRun;
    private final CancelRunUseCase cancelRun;
    private final AnswerUserUseCase answerUser;
    private final EnhancePromptUseCase enhancePrompt;
    private final StartForkUseCase startFork;

    public AgentCommands(StartQueryUseCase startQuery, StartPlanUseCase startPlan, ContinueRunUseCase continueRun,
                         CancelRunUseCase cancelRun, AnswerUserUseCase answerUser, EnhancePromptUseCase enhancePrompt,
                         StartForkUseCase startFork) {
        this.startQuery = startQuery;
        this.startPlan = startPlan;
        this.continueRun = continueRun;
        this.cancelRun = cancelRun;
        this.answerUser = answerUser;
        this.enhancePrompt = enhancePrompt;
        this.startFork = startFork;
    }

    void run(AgentCommand command) {
        switch (command) {
            case StartQuery query -> startQuery.startQuery(query);
            case StartPlan plan -> startPlan.startPlan(plan);
            case ContinueRun resume -> continueRun.continueRun(resume);
            case CancelRun cancel -> cancelRun.cancel(cancel);
            case AnswerUser answer -> answerUser.answer(answer);
            case EnhancePrompt enhance -> enhancePrompt.enhance(enhance);
            case StartFork fork -> startFork.startFork(fork);
        }
    }
}
