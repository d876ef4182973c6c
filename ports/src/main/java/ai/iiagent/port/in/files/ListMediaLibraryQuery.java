package ai.iiagent.port.in.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** A page: {@code limit} 1..100, {@code offset} from 0. */
public record ListMediaLibraryQuery(Identity owner, int limit, int offset) {

    public ListMediaLibraryQuery {
        Objects.requireNonNull(owner, "owner");
        if (limit < 1 || limit > 100 || offset < 0) {
            throw new ValidationException(ErrorCode.of("invalid_page"), "limit must be 1..100 and offset at least 0");
        }
    }
}
