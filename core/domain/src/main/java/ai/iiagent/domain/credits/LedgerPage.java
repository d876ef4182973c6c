package ai.iiagent.domain.credits;

import java.util.List;

/** One page of a user's ledger, newest first, and the number of entries in all. */
public record LedgerPage(List<LedgerEntry> entries, long total) {

    public LedgerPage {
        entries = List.copyOf(entries);
    }
}
