package ai.iiagent.domain.agents;

import java.util.List;
import java.util.Objects;

/** Notices a model calling the same tools with the same arguments over and over (one per loop: it counts). */
public final class LoopDetector {

    private final int threshold;
    private String lastSignature;
    private int repeats;

    /** @param threshold the same batch this many times in a row is a loop; 0: never */
    LoopDetector(int threshold) {
        this.threshold = threshold;
    }

    /** @return true when this batch of calls repeats the previous one for the threshold-th time */
    public boolean repeatedTooOften(List<ToolCall> calls) {
        if (threshold == 0) {
            return false;
        }
        String signature = calls.stream().map(call -> call.name() + Objects.toString(call.arguments())).sorted()
                .reduce("", (a, b) -> a + "|" + b);
        repeats = signature.equals(lastSignature) ? repeats + 1 : 1;
        lastSignature = signature;
        return repeats >= threshold;
    }
}
