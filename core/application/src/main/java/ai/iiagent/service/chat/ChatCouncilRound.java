package ai.iiagent.service.chat;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.chat.ChatErrors;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Council mode's first round: every member model answers the conversation side by side (each call
 * reserved and settled through {@code BillableExecutor} under its own key, streamed to the listener
 * with its model id). A member that fails is reported and left out; the others go on. What they said
 * is handed to the synthesis model with the user's message.
 */
final class ChatCouncilRound {

    private static final Logger LOG = Logger.getLogger(ChatCouncilRound.class.getName());

    private record Answer(ResolvedModel model, String text, String failure) {
    }

    private final ChatTurnRun turn;
    private final List<ResolvedModel> members;

    ChatCouncilRound(ChatTurnRun turn, List<ResolvedModel> members) {
        this.turn = turn;
        this.members = members;
    }

    /** The members' answers, as the text added to the user's message for the synthesis. */
    String answers(List<Message> conversation) throws InterruptedException {
        List<Future<Answer>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < members.size(); i++) {
                int number = i + 1;
                ResolvedModel member = members.get(i);
                running.add(threads.submit(() -> answer(number, member, conversation)));
            }
        }
        StringBuilder text = new StringBuilder("\n\n<council>\n");
        for (Future<Answer> future : running) {
            Answer answer;
            try {
                answer = future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            text.append("<answer model=\"").append(answer.model().displayName()).append("\"");
            if (answer.failure() != null) {
                text.append(" failed=\"true\">").append(answer.failure());
            } else {
                text.append(">\n").append(answer.text()).append('\n');
            }
            text.append("</answer>\n");
        }
        return text.append("</council>\nSeveral models (a council) answered the message above. Write the one best"
                + " answer to it: keep what they got right, correct what they got wrong, and settle where they"
                + " disagree. Do not mention the council unless asked.").toString();
    }

    private Answer answer(int number, ResolvedModel member, List<Message> conversation) {
        turn.listener().councilMemberStart(member.modelId(), member.displayName());
        try {
            LlmRequest request = new LlmRequest(member.provider(), member.modelId(), member.endpoint(), conversation,
                    List.of(), member.maxOutputTokens(), turn.sampling());
            LlmTurn answered = turn.billable().streamLlm(turn.councilCharge(number, member), request,
                    new LlmStreamListener() {
                        @Override
                        public void onTextDelta(String text) {
                            turn.listener().councilMemberDelta(member.modelId(), text);
                        }

                        @Override
                        public boolean stopRequested() {
                            return turn.stopRequested();
                        }
                    }, settled -> turn.addUsage(settled.usage()));
            turn.listener().councilMemberComplete(member.modelId(), answered.text(), answered.usage());
            return new Answer(member, answered.text(), null);
        } catch (LlmCallFailedException e) {
            turn.addUsage(e.usageSoFar());
            return failed(member, ChatErrors.STREAMING_ERROR.value(), e.getMessage());
        } catch (DomainException e) {
            return failed(member, e.code().value(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "council member " + member.modelId() + " failed", e);
            return failed(member, ChatErrors.INTERNAL_ERROR.value(), "The model failed because of an internal error.");
        }
    }

    private Answer failed(ResolvedModel member, String code, String message) {
        turn.listener().councilMemberError(member.modelId(), code, message);
        return new Answer(member, "", "This model failed to answer (" + code + ").");
    }
}
