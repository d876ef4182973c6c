import { useState } from 'react';
import { useAction, useLoad } from '../settings/useLoad';
import { Composio, type ComposioAction, type ComposioProfile, type ComposioToolkit } from './connectorsApi';

const STATUS: Record<ComposioProfile['status'], string> = {
  pending: 'Waiting for authorisation',
  enable: 'Enabled',
  disable: 'Disabled',
  disconnected: 'Disconnected at Composio',
};

/**
 * Composio: browse the toolkit catalogue, connect a toolkit as a named profile (Composio's page, then
 * /connectors/composio/callback), and manage profiles as the agent's MCP servers: sync, enable or
 * disable, choose tools, delete.
 */
export function ComposioSection({ configured }: { configured: boolean }) {
  const act = useAction();
  const [search, setSearch] = useState('');
  const [toolkits, setToolkits] = useState<ComposioToolkit[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [profiles, reload] = useLoad(
    () => (configured ? Composio.profiles().then((p) => p.profiles) : Promise.resolve([] as ComposioProfile[])),
    [] as ComposioProfile[]);
  const [choosing, setChoosing] = useState<{ profile: ComposioProfile; actions: ComposioAction[]; picked: string[] } | null>(null);

  const browse = () => act(() => Composio.toolkits(search.trim()).then((page) => setToolkits(page.items)));
  const connect = (slug: string) => act(() => Composio.connect(slug, names[slug]?.trim() || 'Default').then((started) => {
    if (started.redirect_url) window.location.assign(started.redirect_url);
    else reload();
  }));
  const change = (work: () => Promise<unknown>, done: string) => act(work, done).then(() => reload());
  const chooseTools = (profile: ComposioProfile) => act(() => Composio.actions(profile.toolkit_slug).then((answer) =>
    setChoosing({ profile, actions: answer.actions, picked: profile.enabled_tools })));
  const saveTools = () => {
    if (!choosing) return;
    void change(() => Composio.setTools(choosing.profile.id, choosing.picked), 'Tools saved.').then(() => setChoosing(null));
  };

  if (!configured) {
    return <p className="muted" data-testid="composio-not-configured">Composio is not configured on this server.</p>;
  }
  return (
    <div className="stack" data-testid="composio-section">
      <form className="row" onSubmit={(e) => { e.preventDefault(); void browse(); }}>
        <input className="grow" placeholder="Search toolkits (Gmail, Slack, Notion…)" value={search}
          data-testid="composio-search" aria-label="Search Composio toolkits" onChange={(e) => setSearch(e.target.value)} />
        <button type="submit" data-testid="composio-browse">Browse</button>
      </form>
      {toolkits && (
        <ul className="list" aria-label="Composio toolkits">
          {toolkits.map((toolkit) => (
            <li key={toolkit.slug} className="card row" data-testid="composio-toolkit" data-slug={toolkit.slug}>
              <div className="grow">
                <strong>{toolkit.name ?? toolkit.slug}</strong>{' '}
                <span className="muted small">{toolkit.tools_count} tools · {toolkit.categories.join(', ')}</span>
                {toolkit.description && <div className="muted small">{toolkit.description}</div>}
              </div>
              <input placeholder="Profile name" value={names[toolkit.slug] ?? ''} aria-label={`Profile name for ${toolkit.slug}`}
                data-testid={`composio-profile-name-${toolkit.slug}`}
                onChange={(e) => setNames({ ...names, [toolkit.slug]: e.target.value })} />
              <button type="button" data-testid={`composio-connect-${toolkit.slug}`}
                onClick={() => void connect(toolkit.slug)}>Connect</button>
            </li>
          ))}
        </ul>
      )}
      <h3>Your Composio profiles</h3>
      {profiles.length === 0 && <p className="muted" data-testid="composio-no-profiles">No profiles yet.</p>}
      <ul className="list" aria-label="Composio profiles">
        {profiles.map((profile) => (
          <li key={profile.id} className="card row" data-testid="composio-profile" data-profile={profile.profile_name}>
            <div className="grow">
              <strong>{profile.toolkit_name ?? profile.toolkit_slug}</strong> · {profile.profile_name}
              <div className="muted small" data-testid="composio-profile-status">
                {STATUS[profile.status]}
                {profile.synced_to_agent ? ` · in the agent's tools as mcp_${profile.mcp_server_name}_…` : ''}
                {profile.enabled_tools.length > 0
                  ? ` · ${profile.enabled_tools.length} tool${profile.enabled_tools.length === 1 ? '' : 's'} chosen` : ''}
              </div>
            </div>
            {(profile.status === 'enable' || profile.status === 'disable') && (
              <>
                <button type="button" data-testid="composio-sync"
                  onClick={() => void change(() => Composio.sync(profile.id), 'Synced to the agent.')}>
                  {profile.synced_to_agent ? 'Sync again' : 'Sync to agent'}</button>
                <button type="button" data-testid="composio-tools" onClick={() => void chooseTools(profile)}>Tools</button>
                <button type="button" data-testid="composio-toggle"
                  onClick={() => void change(() => Composio.setEnabled(profile.id, profile.status !== 'enable'),
                    profile.status === 'enable' ? 'Disabled.' : 'Enabled.')}>
                  {profile.status === 'enable' ? 'Disable' : 'Enable'}</button>
              </>
            )}
            <button type="button" className="danger" data-testid="composio-delete"
              onClick={() => void change(() => Composio.remove(profile.id), 'Profile deleted.')}>Delete</button>
          </li>
        ))}
      </ul>
      {choosing && (
        <div className="card stack" data-testid="composio-tool-picker">
          <strong>Tools of {choosing.profile.profile_name}</strong>
          <span className="muted small">None chosen: every tool of the toolkit.</span>
          {choosing.actions.map((action) => (
            <label key={action.slug} className="row">
              <input type="checkbox" data-testid="composio-tool" value={action.slug}
                checked={choosing.picked.includes(action.slug)}
                onChange={(e) => setChoosing({ ...choosing, picked: e.target.checked
                  ? [...choosing.picked, action.slug] : choosing.picked.filter((slug) => slug !== action.slug) })} />
              <span><code>{action.slug}</code> <span className="muted small">{action.description}</span></span>
            </label>
          ))}
          <div className="row">
            <button type="button" className="primary" data-testid="composio-tools-save" onClick={saveTools}>Save tools</button>
            <button type="button" onClick={() => setChoosing(null)}>Cancel</button>
          </div>
        </div>
      )}
    </div>
  );
}
