import { useState } from 'react';
import { useAction, useLoad } from '../settings/useLoad';
import { Composio, Connectors, PROVIDERS, type ConnectorStatus, type GitHubRepository } from './connectorsApi';
import { ComposioSection } from './ComposioSection';

function statusText(status: ConnectorStatus | undefined): string {
  if (!status) return 'Checking…';
  if (status.connected) return status.account ? `Connected as ${status.account}` : 'Connected';
  return status.configured ? 'Not connected' : 'Not configured on this server';
}

/** Connect, see and disconnect the accounts the agent may use (GitHub today; docs/connectors.md). */
export function ConnectorsTab() {
  const [statuses, reload] = useLoad(
    () => Promise.all(PROVIDERS.map((p) => Connectors.status(p.path))), [] as ConnectorStatus[]);
  const act = useAction();
  const [repositories, setRepositories] = useState<GitHubRepository[] | null>(null);
  // Composio answers 503 composio_not_configured without an API key; the section says so
  const [composio] = useLoad(() => Composio.configured(), null as boolean | null);
  const connect = (provider: string) =>
    act(() => Connectors.authUrl(provider).then((link) => window.location.assign(link.auth_url)));
  const disconnect = (provider: string) =>
    act(() => Connectors.disconnect(provider), 'Disconnected.').then(() => { setRepositories(null); reload(); });
  const listRepositories = () =>
    act(() => Connectors.repositories().then((r) => setRepositories(r.repositories)));
  return (
    <div className="stack">
      <ul className="list">
        {PROVIDERS.map((p, index) => {
          const status = statuses[index];
          return (
            <li key={p.path} className="card row" data-testid="connector-row" data-provider={p.path}>
              <div className="grow">
                <strong>{p.label}</strong> <span className="muted small">{p.what}</span>
                <div className="muted" data-testid={`connector-status-${p.path}`}>{statusText(status)}</div>
              </div>
              {status?.connected && p.path === 'github' && (
                <button type="button" data-testid="connector-repositories-github" onClick={() => void listRepositories()}>Repositories</button>
              )}
              {status?.connected
                ? <button type="button" className="danger" data-testid={`connector-disconnect-${p.path}`}
                    onClick={() => void disconnect(p.path)}>Disconnect</button>
                : <button type="button" data-testid={`connector-connect-${p.path}`} disabled={!status?.configured}
                    onClick={() => void connect(p.path)}>Connect</button>}
            </li>
          );
        })}
      </ul>
      {repositories && (
        <ul className="list" data-testid="connector-repository-list" aria-label="GitHub repositories">
          {repositories.map((r) => (
            <li key={r.id} className="card" data-testid="connector-repository">
              <strong>{r.full_name}</strong> <span className="muted small">{r.is_private ? 'private' : 'public'}</span>
              {r.description && <div className="muted">{r.description}</div>}
            </li>
          ))}
        </ul>
      )}
      <h2>Composio toolkits</h2>
      {composio !== null && <ComposioSection configured={composio} />}
      <p className="muted small">Once Google Drive is connected, a session's composer imports Drive files (its Google Drive button, next to Attach).</p>
    </div>
  );
}
