package ai.iiagent.service.agents;

import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.AnswerUserUseCase;

/** A paused run goes on with the user's answer: a selection for {@code ask_user_select}, variables for {@code ask_user_env}. */
public final class AnswerUserService implements AnswerUserUseCase {

    private final RunResumer resumer;

    public AnswerUserService(RunResumer resumer) {
        this.resumer = resumer;
    }

    @Override
    public RunId answer(AnswerUser command) {
        return switch (command.answer()) {
            case AnswerUser.Selection selection -> resumer.answerSelection(command, selection);
            case AnswerUser.Environment environment -> resumer.answerEnvironment(command, environment);
        };
    }
}
