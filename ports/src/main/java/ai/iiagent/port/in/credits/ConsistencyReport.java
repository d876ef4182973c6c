package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.LedgerBreak;
import java.util.List;

/** Whether every pool equals the sum of its ledger and every reservation matches its entries. */
public record ConsistencyReport(boolean consistent, List<LedgerBreak> breaks) {

    public ConsistencyReport {
        breaks = List.copyOf(breaks);
    }
}
