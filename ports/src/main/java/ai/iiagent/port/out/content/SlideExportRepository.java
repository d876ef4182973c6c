package ai.iiagent.port.out.content;

import ai.iiagent.domain.content.SlideExport;
import java.util.List;
import java.util.Optional;

/** Deck exports with their status (running, done, failed), kept so an interrupted one can be failed. */
public interface SlideExportRepository {

    /** Inserts or replaces the export's row. */
    void save(SlideExport export);

    Optional<SlideExport> find(java.util.UUID id);

    /** Every export still marked running (after a restart: the ones that were cut short). */
    List<SlideExport> running();
}
