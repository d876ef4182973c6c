package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** One page of an owner's live sessions, newest first, optionally filtered by name and kind. */
public record SessionSearch(UserId owner, String text, boolean publicOnly, AppKind appKind, int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;

    public SessionSearch {
        Objects.requireNonNull(owner, "owner");
        if (page < 1) {
            throw new ValidationException(ErrorCode.of("invalid_page"), "page starts at 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new ValidationException(ErrorCode.of("invalid_page_size"), "per_page must be between 1 and 100");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
