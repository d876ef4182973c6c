import { useEffect, useState, type FormEvent } from 'react';
import { Projects } from '../../api/projects';
import { errorText } from '../../api/http';

/**
 * The project's secrets by name: add or overwrite one, remove one. Values go to the project's .env in
 * the sandbox; the API never answers them, so they are never shown (the field is emptied after saving).
 */
export function SecretsEditor({ sessionId }: { sessionId: string }) {
  const [names, setNames] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Projects.secretNames(sessionId).then((s) => setNames(s.names), (e) => setError(errorText(e)));
  }, [sessionId]);

  const run = async (call: () => Promise<{ names: string[] }>) => {
    setBusy(true);
    setError(null);
    try {
      setNames((await call()).names);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => Projects.mergeSecrets(sessionId, { [name.trim()]: value }))) {
      setName('');
      setValue('');
    }
  };

  return (
    <div className="panel" data-testid="secrets-editor">
      {names.length === 0 ? <p className="muted">No secrets yet.</p> : (
        <ul className="secret-list" aria-label="Secrets">
          {names.map((n) => (
            <li key={n} data-testid="secret-row" data-name={n} className="row">
              <code>{n}</code><span className="muted" aria-label="value hidden">••••••</span>
              <span className="spacer" />
              <button type="button" data-testid="secret-edit" onClick={() => { setName(n); setValue(''); }}>Update</button>
              <button type="button" data-testid="secret-remove" disabled={busy} aria-label={`Remove ${n}`}
                onClick={() => run(() => Projects.removeSecrets(sessionId, [n]))}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={save}>
        <label>Name <input data-testid="secret-name" value={name} onChange={(e) => setName(e.target.value)}
          placeholder="API_KEY" autoComplete="off" required /></label>
        <label>Value <input data-testid="secret-value" type="password" value={value} autoComplete="new-password"
          onChange={(e) => setValue(e.target.value)} /></label>
        <button type="submit" data-testid="secret-save" disabled={busy || !name.trim()}>
          {names.includes(name.trim()) ? 'Update' : 'Add'}
        </button>
      </form>
      {error && <p className="muted" role="alert" data-testid="secret-error">{error}</p>}
      <p className="muted">Written to the project's <code>.env</code>; restart the server to use them.</p>
    </div>
  );
}
