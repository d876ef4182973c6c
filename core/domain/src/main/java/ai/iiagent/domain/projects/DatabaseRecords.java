package ai.iiagent.domain.projects;

import java.util.List;
import java.util.Map;

/**
 * A page of one table's rows, values as text (null stays null).
 *
 * @param total the table's row count
 */
public record DatabaseRecords(String table, List<String> columns, List<Map<String, String>> rows, int limit, int offset,
                              long total) {

    public DatabaseRecords {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
