package ai.iiagent.port.in.agents;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;

/** Checks shared by the command records: a request needs text, lists are never null. */
final class AgentCommandText {

    private AgentCommandText() {
    }

    static String required(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(ErrorCode.of("empty_query"), "a query needs some text");
        }
        return text;
    }

    static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
