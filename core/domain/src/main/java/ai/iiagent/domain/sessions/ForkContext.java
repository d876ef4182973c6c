package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;

/** What the child starts from: files of the parent (paths or names) and an optional extra instruction. */
public record ForkContext(List<String> attachments, String additionalInstruction) {

    static final int MAX_ATTACHMENTS = 100;
    static final int MAX_ATTACHMENT_LENGTH = 1024;
    static final int MAX_INSTRUCTION_LENGTH = 10_000;

    public ForkContext {
        attachments = attachments == null ? List.of() : attachments.stream().map(ForkContext::attachment).toList();
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw invalid("at most " + MAX_ATTACHMENTS + " attachments");
        }
        additionalInstruction = additionalInstruction == null || additionalInstruction.isBlank() ? null
                : additionalInstruction.strip();
        if (additionalInstruction != null && additionalInstruction.length() > MAX_INSTRUCTION_LENGTH) {
            throw invalid("additional_instruction has at most " + MAX_INSTRUCTION_LENGTH + " characters");
        }
    }

    private static String attachment(String attachment) {
        if (attachment == null || attachment.isBlank() || attachment.length() > MAX_ATTACHMENT_LENGTH) {
            throw invalid("every attachment is a non-empty string of at most " + MAX_ATTACHMENT_LENGTH + " characters");
        }
        return attachment.strip();
    }

    static ValidationException invalid(String message) {
        return new ValidationException(ErrorCode.of("invalid_fork_context"), message);
    }
}
