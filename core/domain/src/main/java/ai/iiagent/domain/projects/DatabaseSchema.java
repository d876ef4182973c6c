package ai.iiagent.domain.projects;

import java.util.List;

/** The tables of a project's database (schema {@code public}), for browsing. */
public record DatabaseSchema(List<Table> tables) {

    public DatabaseSchema {
        tables = List.copyOf(tables);
    }

    /** One table, its columns in order and PostgreSQL's estimate of its rows. */
    public record Table(String name, List<Column> columns, long estimatedRows) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /** One column: its name, type as PostgreSQL names it, and whether it may be null. */
    public record Column(String name, String type, boolean nullable) {
    }
}
