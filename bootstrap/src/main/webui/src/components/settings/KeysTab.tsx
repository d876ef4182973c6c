import { useState, type FormEvent } from 'react';
import { api } from '../../api/http';
import { formatDate } from '../format';
import { useAction, useLoad } from './useLoad';

interface ApiKey { id: string; name: string; prefix: string; created_at: string; last_used_at: string | null }

/** API keys for REST and WebSocket clients; a new key is shown once. */
export function KeysTab() {
  const [keys, reload] = useLoad(() => api<ApiKey[]>('/v1/users/me/api-keys'), []);
  const act = useAction();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    await act(async () => {
      const key = await api<{ key: string }>('/v1/users/me/api-keys', { body: { name: name.trim() } });
      setCreated(key.key);
      setName('');
    });
    reload();
  };
  return (
    <div className="stack">
      <form className="row" onSubmit={create}>
        <label className="grow">Key name <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="laptop" data-testid="api-key-name" /></label>
        <button type="submit" className="primary" data-testid="api-key-create">Create key</button>
      </form>
      {created && (
        <div className="card" role="status">
          <p>Copy this key now: it is not shown again.</p>
          <input readOnly value={created} aria-label="New API key" data-testid="api-key-value" onFocus={(e) => e.target.select()} />
        </div>
      )}
      <table className="table" aria-label="API keys">
        <thead><tr><th scope="col">Name</th><th scope="col">Prefix</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id} data-testid="settings-key-row">
              <td>{k.name}</td><td><code>{k.prefix}…</code></td><td>{formatDate(k.created_at)}</td><td>{formatDate(k.last_used_at) || 'never'}</td>
              <td><button type="button" className="danger" aria-label={`Revoke ${k.name}`}
                onClick={() => act(() => api(`/v1/users/me/api-keys/${k.id}`, { method: 'DELETE' }), 'Key revoked.').then(reload)}>Revoke</button></td>
            </tr>
          ))}
          {keys.length === 0 && <tr><td colSpan={5} className="muted">No keys.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
