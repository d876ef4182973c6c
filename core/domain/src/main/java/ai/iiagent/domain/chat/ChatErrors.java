package ai.iiagent.domain.chat;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the chat feature's errors: refused commands, and a failed turn's {@code error} event. */
public final class ChatErrors {

    /** Which message to delete from is missing. */
    public static final ErrorCode INVALID_MESSAGE_ID = ErrorCode.of("invalid_message_id");
    /** The model call failed while the answer streamed. */
    public static final ErrorCode STREAMING_ERROR = ErrorCode.of("streaming_error");
    /** The turn failed for a reason of ours (shown without detail). */
    public static final ErrorCode INTERNAL_ERROR = ErrorCode.of("internal_error");

    private ChatErrors() {
    }
}
