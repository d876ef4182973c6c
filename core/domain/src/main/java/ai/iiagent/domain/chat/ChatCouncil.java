package ai.iiagent.domain.chat;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;

/**
 * Council mode: {@code members} (2..10 distinct model ids) answer the message side by side, then
 * {@code synthesisModelId} (null: the message's model) writes the one answer from theirs.
 */
public record ChatCouncil(List<String> members, String synthesisModelId) {

    public static final ErrorCode INVALID = ErrorCode.of("invalid_council");
    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 10;

    public ChatCouncil {
        members = members == null ? List.of() : members.stream().filter(id -> id != null && !id.isBlank())
                .map(String::strip).toList();
        if (members.size() < MIN_MEMBERS || members.size() > MAX_MEMBERS) {
            throw new ValidationException(INVALID, "a council has " + MIN_MEMBERS + " to " + MAX_MEMBERS
                    + " models, got " + members.size());
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new ValidationException(INVALID, "a council's models must differ");
        }
        synthesisModelId = synthesisModelId == null || synthesisModelId.isBlank() ? null : synthesisModelId.strip();
    }
}
