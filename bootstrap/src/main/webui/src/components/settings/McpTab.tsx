import { useState, type FormEvent } from 'react';
import { api } from '../../api/http';
import { pretty } from '../format';
import { useAction, useLoad } from './useLoad';

interface McpSetting { id: string; mcp_config: { mcpServers: Record<string, unknown> }; is_active: boolean; created_at: string }

const EXAMPLE = `{
  "mcpServers": {
    "search": { "url": "https://mcp.example.com/sse", "transport": "sse", "headers": { "Authorization": "Bearer …" } }
  }
}`;

/** The person's MCP servers (secrets come back masked as "***"). */
export function McpTab() {
  const [settings, reload] = useLoad(() => api<{ settings: McpSetting[] }>('/v1/user-settings/mcp').then((s) => s.settings), []);
  const act = useAction();
  const [config, setConfig] = useState(EXAMPLE);
  const [jsonError, setJsonError] = useState<string | null>(null);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(config);
      setJsonError(null);
    } catch (err) {
      setJsonError(`Not valid JSON: ${(err as Error).message}`);
      return;
    }
    if (await act(() => api('/v1/user-settings/mcp', { body: { mcp_config: parsed, is_active: true } }), 'MCP servers saved.')) reload();
  };

  return (
    <div className="stack">
      {settings.length === 0 && <p className="muted">No MCP servers yet.</p>}
      {settings.map((s) => (
        <div key={s.id} className="card stack" data-testid="settings-mcp-row">
          <div className="row">
            <strong>{Object.keys(s.mcp_config?.mcpServers ?? {}).join(', ') || 'MCP setting'}</strong>
            <span className="spacer" />
            <label className="check"><input type="checkbox" checked={s.is_active}
              onChange={(e) => act(() => api(`/v1/user-settings/mcp/${s.id}`, { method: 'PUT', body: { is_active: e.target.checked } })).then(reload)} /> Active</label>
            <button type="button" className="danger" onClick={() => act(() => api(`/v1/user-settings/mcp/${s.id}`, { method: 'DELETE' }), 'Deleted.').then(reload)}>Delete</button>
          </div>
          <pre>{pretty(s.mcp_config)}</pre>
        </div>
      ))}
      <form className="card stack" onSubmit={add} aria-labelledby="add-mcp">
        <h2 id="add-mcp">Add MCP servers</h2>
        <label>Configuration (JSON, <code>mcpServers</code>)
          <textarea rows={8} value={config} onChange={(e) => setConfig(e.target.value)} spellCheck={false} data-testid="mcp-config" />
        </label>
        {jsonError && <p className="form-error" role="alert">{jsonError}</p>}
        <button type="submit" className="primary" data-testid="mcp-add">Save</button>
      </form>
    </div>
  );
}
