import { pretty } from '../format';
import { t } from '../../i18n';
import { AnsiOutput } from './Ansi';
import { DiffView } from './DiffView';
import { domainOf, httpUrl, list, obj, str } from './data';
import type { ToolCardProps } from './types';

/** Any tool without its own card: the input's main fields and the output as text. */
export function GenericCard({ item }: ToolCardProps) {
  const output = pretty(item.result);
  return (
    <>
      {output && (
        <details open={output.length < 400}>
          <summary>{t('tool.output')}</summary>
          <pre className="tool-output" tabIndex={0}>{output}</pre>
        </details>
      )}
    </>
  );
}

/** Bash: the command, its output with ANSI colours, the exit code. */
export function ShellCard({ item }: ToolCardProps) {
  const input = obj(item.input);
  const r = obj(item.result);
  const command = str(input.command) || str(r.command);
  const output = typeof item.result === 'string' ? item.result : str(r.output);
  const exit = r.exit_code;
  return (
    <div className="shell-card">
      <pre className="shell-command" data-testid="tool-command"><span aria-hidden="true" className="prompt">$ </span>{command}</pre>
      {output && <AnsiOutput text={output} testId="tool-shell-output" />}
      {(typeof exit === 'number' || r.timed_out === true) && (
        <div className="tool-meta small">
          {typeof exit === 'number' && (
            <span className={`badge ${exit === 0 ? 'status-done' : 'status-error'}`} data-testid="tool-exit-code">
              {t('tool.exitCode', { code: exit })}</span>
          )}
          {r.timed_out === true && <span className="badge status-error">{t('tool.timedOut')}</span>}
          {r.truncated === true && <span className="muted">{t('tool.truncated')}</span>}
        </div>
      )}
    </div>
  );
}

/** Write: the path and what was written (all lines added). */
export function FileWriteCard({ item }: ToolCardProps) {
  const input = obj(item.input);
  const r = obj(item.result);
  const path = str(r.path) || str(input.file_path) || str(input.path);
  return (
    <div>
      <div className="tool-path" data-testid="tool-path">{path}{typeof r.bytes === 'number' && <span className="muted small"> · {t('tool.bytes', { n: r.bytes })}</span>}</div>
      <DiffView before="" after={str(input.content)} />
    </div>
  );
}

/** Edit: the path and the replaced text as a diff. */
export function FileEditCard({ item }: ToolCardProps) {
  const input = obj(item.input);
  const r = obj(item.result);
  const path = str(r.path) || str(input.file_path) || str(input.path);
  return (
    <div>
      <div className="tool-path" data-testid="tool-path">{path}
        {typeof r.replacements === 'number' && <span className="muted small"> · {t('tool.replacements', { n: r.replacements })}</span>}</div>
      <DiffView before={str(input.old_string)} after={str(input.new_string)} />
    </div>
  );
}

/** web_search: the query and the hits with titles and domains. */
export function WebSearchCard({ item }: ToolCardProps) {
  const r = obj(item.result);
  const query = str(obj(item.input).query) || str(r.query);
  const hits = list(r.results);
  return (
    <div>
      <div className="tool-query">“{query}”{str(r.provider) && <span className="muted small"> · {str(r.provider)}</span>}</div>
      {hits.length > 0 && (
        <ol className="search-results" data-testid="tool-search-results">
          {hits.map((hit, i) => {
            const url = httpUrl(hit.url);
            return (
              <li key={i}>
                {url ? <a href={url} target="_blank" rel="noopener noreferrer">{str(hit.title) || url}</a> : <span>{str(hit.title)}</span>}
                <span className="domain muted small">{domainOf(str(hit.url))}</span>
                {str(hit.content) && <p className="small snippet">{str(hit.content).slice(0, 240)}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** web_visit: the page's title, its URL and the start of what was read. */
export function WebVisitCard({ item }: ToolCardProps) {
  const r = obj(item.result);
  const url = httpUrl(r.final_url) ?? httpUrl(r.url) ?? httpUrl(obj(item.input).url);
  const content = str(r.content);
  return (
    <div className="web-visit" data-testid="tool-web-visit">
      <div className="visit-title">{str(r.title) || domainOf(url ?? '')}</div>
      {url && <a className="small" href={url} target="_blank" rel="noopener noreferrer">{url}</a>}
      {content && <p className="small snippet">{content.slice(0, 400)}{content.length > 400 ? '…' : ''}</p>}
    </div>
  );
}

/** image_search (and any result with images): thumbnails that open the full image. */
export function ImagesCard({ item }: ToolCardProps) {
  const r = obj(item.result);
  const images = list(r.images);
  return (
    <div>
      {str(r.query) && <div className="tool-query">“{str(r.query)}”</div>}
      <ul className="thumbs" data-testid="tool-images">
        {images.map((image, i) => {
          const full = httpUrl(image.image_url);
          const thumb = httpUrl(image.thumbnail_url) ?? full;
          if (!full || !thumb) return null;
          return (
            <li key={i}>
              <a href={full} target="_blank" rel="noopener noreferrer" title={str(image.title)}>
                <img src={thumb} alt={str(image.title) || t('tool.image')} loading="lazy" />
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const TODO_MARK: Record<string, string> = { completed: '☑', in_progress: '◐', pending: '☐' };

/** TodoWrite: the list as a checklist. */
export function TodoCard({ item }: ToolCardProps) {
  const todos = list(obj(item.input).todos);
  return (
    <ul className="todo-list" data-testid="tool-todos">
      {todos.map((todo, i) => {
        const status = str(todo.status) || 'pending';
        return (
          <li key={i} className={`todo todo-${status}`} data-status={status}>
            <span aria-hidden="true" className="todo-mark">{TODO_MARK[status] ?? '☐'}</span>
            <span className="todo-text">{str(todo.content)}</span>
            <span className="visually-hidden"> ({t(`todo.${status === 'completed' ? 'completed' : status === 'in_progress' ? 'inProgress' : 'pending'}`)})</span>
          </li>
        );
      })}
    </ul>
  );
}

/** submit_plan: the summary and the milestones. */
export function PlanCard({ item }: ToolCardProps) {
  const input = obj(item.input);
  return (
    <div data-testid="tool-plan">
      {str(input.summary) && <p className="plan-summary">{str(input.summary)}</p>}
      <ol className="plan-list">
        {list(input.milestones).map((m, i) => <li key={i}>{str(m.content)}</li>)}
      </ol>
    </div>
  );
}

/** MCP tools (`mcp_<server>_<tool>`): which server and tool, the arguments and the answer. */
export function McpCard({ item }: ToolCardProps) {
  const [server, ...rest] = item.name.replace(/^mcp_/, '').split('_');
  const tool = rest.join('_') || server;
  const output = pretty(item.result);
  return (
    <div data-testid="tool-mcp">
      <div className="tool-meta small">
        <span className="badge">{t('tool.mcpServer', { server: rest.length ? server : '?' })}</span>
        <span className="badge">{t('tool.mcpTool', { tool })}</span>
      </div>
      {output && <pre className="tool-output" tabIndex={0}>{output}</pre>}
    </div>
  );
}
