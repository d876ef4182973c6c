package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.ToolCall;
import java.util.List;
import java.util.Objects;

/** Notices a model calling the same tool with the same arguments over and over. */
final class LoopGuard {

    private final int threshold;
    private String lastSignature;
    private int repeats;

    LoopGuard(int threshold) {
        this.threshold = threshold;
    }

    /** @return true when this batch of calls repeats the previous one for the threshold-th time */
    boolean repeatedTooOften(List<ToolCall> calls) {
        String signature = calls.stream().map(call -> call.name() + Objects.toString(call.arguments())).sorted()
                .reduce("", (a, b) -> a + "|" + b);
        repeats = signature.equals(lastSignature) ? repeats + 1 : 1;
        lastSignature = signature;
        return repeats >= threshold;
    }
}
