import { useEffect, useState } from 'react';
import { Projects, type RecordsPage, type TableInfo } from '../../api/projects';
import { errorText } from '../../api/http';

const PAGE = 20;

/** The project's database, read-only: its tables (schema `public`) and a table's rows a page at a time. */
export function DatabaseBrowser({ projectId, version }: { projectId: string; version: number }) {
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  const [table, setTable] = useState<string | null>(null);
  const [page, setPage] = useState<RecordsPage | null>(null);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Projects.schema(projectId).then((s) => { setTables(s.tables); setError(null); }, (e) => setError(errorText(e)));
  }, [projectId, version]);

  useEffect(() => {
    if (!table) return;
    Projects.records(projectId, table, PAGE, offset).then((p) => { setPage(p); setError(null); }, (e) => setError(errorText(e)));
  }, [projectId, table, offset, version]);

  const columns = page?.columns ?? [];
  return (
    <div className="panel" data-testid="db-browser">
      {error && <p className="muted" role="alert" data-testid="db-error">{error}</p>}
      {tables && tables.length === 0 && <p className="muted">No tables yet.</p>}
      <ul className="db-tables" aria-label="Tables">
        {tables?.map((t) => (
          <li key={t.name}>
            <button type="button" data-testid="db-table" data-table={t.name} aria-pressed={t.name === table}
              onClick={() => { setTable(t.name); setOffset(0); }}>
              {t.name} <span className="muted">({t.columns.length} columns, ~{Math.max(t.estimated_rows, 0)} rows)</span>
            </button>
          </li>
        ))}
      </ul>
      {table && page && page.table === table && (
        <>
          <div className="db-grid" tabIndex={0}>
            <table data-testid="db-records">
              <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
              <tbody>
                {page.rows.map((row, i) => (
                  <tr key={offset + i} data-testid="db-row">
                    {columns.map((c) => <td key={c}>{row[c] ?? <span className="muted">null</span>}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row">
            <button type="button" data-testid="db-prev" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
            <span data-testid="db-page-info">
              {page.total === 0 ? 'No rows' : `Rows ${offset + 1}–${offset + page.rows.length} of ${page.total}`}
            </span>
            <button type="button" data-testid="db-next" disabled={offset + page.rows.length >= page.total}
              onClick={() => setOffset(offset + PAGE)}>Next</button>
          </div>
        </>
      )}
    </div>
  );
}
