package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.LedgerEntry;
import java.util.List;

/** One page of ledger entries, newest first. */
public record CreditHistory(List<LedgerEntry> entries, long total, int page, int perPage) {

    public CreditHistory {
        entries = List.copyOf(entries);
    }
}
