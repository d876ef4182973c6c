package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The content type is not on the configured allow-list. */
public final class ContentTypeNotAllowedException extends ValidationException {

    public ContentTypeNotAllowedException(ContentType type) {
        super(ErrorCode.of("content_type_not_allowed"), "files of type " + type + " are not accepted here");
    }
}
