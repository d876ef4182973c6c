package ai.iiagent.domain.content;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the slides feature's errors (docs/slides.md). */
public final class SlideErrors {

    public static final ErrorCode SLIDE_NOT_FOUND = ErrorCode.of("slide_not_found");
    public static final ErrorCode PRESENTATION_NOT_FOUND = ErrorCode.of("presentation_not_found");
    public static final ErrorCode INVALID_PRESENTATION_NAME = ErrorCode.of("invalid_presentation_name");
    public static final ErrorCode INVALID_SLIDE_NUMBER = ErrorCode.of("invalid_slide_number");
    public static final ErrorCode INVALID_SLIDE = ErrorCode.of("invalid_slide");
    public static final ErrorCode SLIDE_TOO_LARGE = ErrorCode.of("slide_too_large");
    /** A design-mode sync brought script, an event handler or a javascript: URL the slide did not have. */
    public static final ErrorCode SLIDE_SCRIPT_REFUSED = ErrorCode.of("slide_script_refused");
    /** Someone else stored a version of the slide at the same moment; try again. */
    public static final ErrorCode SLIDE_CONFLICT = ErrorCode.of("slide_conflict");
    public static final ErrorCode SLIDE_VERSION_NOT_FOUND = ErrorCode.of("slide_version_not_found");
    public static final ErrorCode SLIDE_TEMPLATE_NOT_FOUND = ErrorCode.of("slide_template_not_found");
    public static final ErrorCode INVALID_EXPORT_FORMAT = ErrorCode.of("invalid_export_format");
    public static final ErrorCode EXPORT_NOT_FOUND = ErrorCode.of("export_not_found");
    /** No renderer (Chromium) on this server; the message says why. */
    public static final ErrorCode EXPORT_UNAVAILABLE = ErrorCode.of("export_unavailable");
    public static final ErrorCode EXPORT_FAILED = ErrorCode.of("export_failed");
    public static final ErrorCode INVALID_PAGE = ErrorCode.of("invalid_page");
    public static final ErrorCode INVALID_PAGE_SIZE = ErrorCode.of("invalid_page_size");
    public static final ErrorCode SESSION_ID_REQUIRED = ErrorCode.of("session_id_required");
    /** Image editing (detect, regenerate, remove-background) asked of a slide that is not one picture. */
    public static final ErrorCode NOT_AN_IMAGE_SLIDE = ErrorCode.of("not_an_image_slide");
    /** An image-slide edit without usable instructions (none, too many, unknown type, bad region). */
    public static final ErrorCode INVALID_IMAGE_EDIT = ErrorCode.of("invalid_image_edit");

    private SlideErrors() {
    }
}
