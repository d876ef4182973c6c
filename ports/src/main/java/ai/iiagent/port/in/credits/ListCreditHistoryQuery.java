package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;
import java.util.Optional;

/** A page (from 1, up to 100 per page) of a user's ledger, optionally of one transaction type. */
public record ListCreditHistoryQuery(UserId userId, Optional<LedgerEntryType> type, int page, int perPage) {

    public ListCreditHistoryQuery {
        Objects.requireNonNull(userId, "userId");
        type = type == null ? Optional.empty() : type;
        Paging.check(page, perPage);
    }

    /** The page rules shared by the credits read queries. */
    static final class Paging {
        private Paging() {
        }

        static void check(int page, int perPage) {
            if (page < 1) {
                throw new ValidationException(ErrorCode.of("invalid_page"), "page must be 1 or more");
            }
            if (perPage < 1 || perPage > 100) {
                throw new ValidationException(ErrorCode.of("invalid_per_page"), "per_page must be between 1 and 100");
            }
        }
    }
}
