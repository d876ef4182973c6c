package ai.iiagent.domain.storybooks;

import ai.iiagent.domain.shared.ErrorCode;

/** Stable error codes of storybooks (problem+json {@code code}). */
public final class StorybookErrors {

    public static final ErrorCode STORYBOOK_NOT_FOUND = ErrorCode.of("storybook_not_found");
    public static final ErrorCode INVALID_STORYBOOK_TITLE = ErrorCode.of("invalid_storybook_title");
    public static final ErrorCode INVALID_STORYBOOK_SCENES = ErrorCode.of("invalid_storybook_scenes");
    public static final ErrorCode INVALID_STORYBOOK_STYLE = ErrorCode.of("invalid_storybook_style");
    public static final ErrorCode INVALID_STORYBOOK_TEXT = ErrorCode.of("invalid_storybook_text");
    public static final ErrorCode INVALID_STORYBOOK_PAGE = ErrorCode.of("invalid_storybook_page");
    public static final ErrorCode INVALID_STORYBOOK_ID = ErrorCode.of("invalid_storybook_id");
    public static final ErrorCode STORYBOOK_NOT_READY = ErrorCode.of("storybook_not_ready");
    public static final ErrorCode INVALID_BACKGROUND_TYPE = ErrorCode.of("invalid_background_type");
    public static final ErrorCode BACKGROUND_TOO_LARGE = ErrorCode.of("background_too_large");
    public static final ErrorCode BACKGROUND_REQUIRED = ErrorCode.of("background_required");
    public static final ErrorCode INVALID_STORYBOOK_PROMPT = ErrorCode.of("invalid_storybook_prompt");
    public static final ErrorCode INVALID_STORYBOOK_LANGUAGE = ErrorCode.of("invalid_storybook_language");
    public static final ErrorCode EXPORT_UNAVAILABLE = ErrorCode.of("export_unavailable");
    public static final ErrorCode INVALID_STORYBOOK_INSTRUCTION = ErrorCode.of("invalid_storybook_instruction");
    /** The model answered an ai-rewrite with no text (its call is billed as used). */
    public static final ErrorCode STORYBOOK_REWRITE_FAILED = ErrorCode.of("storybook_rewrite_failed");
    /** The job engine refused the book's job; the book is stored as failed and can be started again. */
    public static final ErrorCode STORYBOOK_QUEUE_UNAVAILABLE = ErrorCode.of("storybook_queue_unavailable");

    private StorybookErrors() {
    }
}
