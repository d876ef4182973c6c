package ai.iiagent.domain.content;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the media API's errors (docs/media.md). */
public final class MediaErrors {

    public static final ErrorCode MEDIA_TEMPLATE_NOT_FOUND = ErrorCode.of("media_template_not_found");
    public static final ErrorCode MEDIA_TOOL_NOT_FOUND = ErrorCode.of("media_tool_not_found");
    public static final ErrorCode INVALID_PAGE = ErrorCode.of("invalid_page");
    public static final ErrorCode INVALID_PAGE_SIZE = ErrorCode.of("invalid_page_size");
    public static final ErrorCode INVALID_MEDIA_TYPE = ErrorCode.of("invalid_media_type");
    public static final ErrorCode SESSION_ID_REQUIRED = ErrorCode.of("session_id_required");
    public static final ErrorCode INVALID_PROMPT = ErrorCode.of("invalid_prompt");
    public static final ErrorCode INVALID_ASPECT_RATIO = ErrorCode.of("invalid_aspect_ratio");
    public static final ErrorCode UNKNOWN_MEDIA_MODEL = ErrorCode.of("unknown_media_model");
    public static final ErrorCode UNKNOWN_MEDIA_PROVIDER = ErrorCode.of("unknown_media_provider");
    /** The generator cannot run on this server (a binary or key is missing); the message says which. */
    public static final ErrorCode MEDIA_UNAVAILABLE = ErrorCode.of("media_unavailable");
    /** The provider's content policy refused the prompt. */
    public static final ErrorCode MEDIA_CONTENT_REFUSED = ErrorCode.of("media_content_refused");
    /** The provider failed or timed out; nothing was charged. */
    public static final ErrorCode MEDIA_GENERATION_FAILED = ErrorCode.of("media_generation_failed");

    private MediaErrors() {
    }
}
