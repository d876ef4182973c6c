import { useState } from 'react';
import { useAction, useLoad } from '../settings/useLoad';
import { CodingClis, type ClaudeCodeStatus, type CodexSettings } from './connectorsApi';

const EFFORTS = ['', 'minimal', 'low', 'medium', 'high'];

/** Codex: an OpenAI API key (or a Codex auth.json), model and reasoning effort; the key is never shown again. */
function CodexCard() {
  const [codex, reload] = useLoad(() => CodingClis.codex(), null as CodexSettings | null);
  const act = useAction();
  const [key, setKey] = useState('');
  const [authJson, setAuthJson] = useState('');
  const [model, setModel] = useState('');
  const [effort, setEffort] = useState('');
  const save = () => act(() => CodingClis.saveCodex({
    ...(key.trim() ? { apikey: key.trim() } : { auth_json: authJson.trim() }),
    ...(model.trim() ? { model: model.trim() } : {}),
    ...(effort ? { model_reasoning_effort: effort } : {}),
  }), 'Codex credentials saved.').then((ok) => { if (ok) { setKey(''); setAuthJson(''); reload(); } });
  const remove = () => act(() => CodingClis.removeCodex(), 'Codex credentials removed.').then(reload);
  return (
    <li className="card stack" data-testid="codex-card">
      <div><strong>Codex</strong> <span className="muted small">The codex agent type runs the Codex CLI on your OpenAI account</span></div>
      <div className="muted" data-testid="codex-status">
        {codex == null ? 'Checking…' : codex.configured
          ? `Set up with ${codex.credential_type === 'auth_json' ? 'a ChatGPT sign-in (auth.json)' : 'an API key'}${codex.model ? `, model ${codex.model}` : ''}`
          : 'Not set up'}
      </div>
      <label>OpenAI API key
        <input type="password" autoComplete="off" data-testid="codex-api-key" value={key} placeholder="sk-…"
          onChange={(e) => setKey(e.target.value)} />
      </label>
      <label>…or the contents of ~/.codex/auth.json
        <textarea rows={2} data-testid="codex-auth-json" value={authJson} disabled={key.trim() !== ''}
          onChange={(e) => setAuthJson(e.target.value)} />
      </label>
      <div className="row">
        <label>Model <input data-testid="codex-model" value={model} placeholder="CLI default" onChange={(e) => setModel(e.target.value)} /></label>
        <label>Reasoning effort
          <select data-testid="codex-effort" value={effort} onChange={(e) => setEffort(e.target.value)}>
            {EFFORTS.map((e) => <option key={e} value={e}>{e || 'CLI default'}</option>)}
          </select>
        </label>
      </div>
      <div className="row">
        <button type="button" className="primary" data-testid="codex-save" disabled={!key.trim() && !authJson.trim()}
          onClick={() => void save()}>Save</button>
        {codex?.configured && <button type="button" className="danger" data-testid="codex-remove" onClick={() => void remove()}>Remove</button>}
      </div>
    </li>
  );
}

/** Claude Code: sign in at claude.ai, then paste the code Anthropic's page shows. */
function ClaudeCodeCard() {
  const [status, reload] = useLoad(() => CodingClis.claudeCode(), null as ClaudeCodeStatus | null);
  const act = useAction();
  const [started, setStarted] = useState(false);
  const [code, setCode] = useState('');
  const signIn = () => act(() => CodingClis.claudeCodeAuthUrl().then((link) => {
    window.open(link.auth_url, '_blank', 'noopener');
    setStarted(true);
  }));
  const submit = () => act(() => CodingClis.saveClaudeCode(code.trim()), 'Claude Code is signed in.')
    .then((ok) => { if (ok) { setCode(''); setStarted(false); reload(); } });
  const remove = () => act(() => CodingClis.removeClaudeCode(), 'Claude Code signed out.').then(reload);
  return (
    <li className="card stack" data-testid="claude-code-card">
      <div><strong>Claude Code</strong> <span className="muted small">The claude_code agent type runs Claude Code on your Claude account</span></div>
      <div className="muted" data-testid="claude-code-status">
        {status == null ? 'Checking…' : status.connected ? 'Signed in' : 'Not signed in'}
      </div>
      {status?.connected
        ? <div><button type="button" className="danger" data-testid="claude-code-remove" onClick={() => void remove()}>Sign out</button></div>
        : (
          <>
            <div><button type="button" data-testid="claude-code-sign-in" onClick={() => void signIn()}>Sign in with Claude</button></div>
            {started && <p className="muted small">Allow access in the new tab, then paste the code it shows here.</p>}
            <label>Code from Anthropic's page
              <input autoComplete="off" data-testid="claude-code-code" value={code} placeholder="code#state"
                onChange={(e) => setCode(e.target.value)} />
            </label>
            <div><button type="button" className="primary" data-testid="claude-code-submit" disabled={!code.trim()}
              onClick={() => void submit()}>Connect</button></div>
          </>
        )}
    </li>
  );
}

/** The credentials the codex and claude_code agent types use (docs/connectors.md "Codex and Claude Code"). */
export function CodingClisTab() {
  return (
    <div className="stack">
      <ul className="list">
        <CodexCard />
        <ClaudeCodeCard />
      </ul>
      <p className="muted small">Keys and tokens are stored encrypted and only handed to the CLI's own process in your session's sandbox.</p>
    </div>
  );
}
