import { useState, type FormEvent } from 'react';
import { Models } from '../../api/endpoints';
import { OFFLINE_LABEL } from '../format';
import { useAction, useLoad } from './useLoad';

const PROVIDERS = [
  { id: 'openai', label: 'OpenAI' },
  { id: 'anthropic', label: 'Anthropic' },
  { id: 'gemini', label: 'Gemini' },
  { id: 'openai_compatible', label: 'OpenAI-compatible (OpenRouter, vLLM, Ollama, LiteLLM…)' },
];

/** Models: the built-in ones, and the person's own (bring your own key: not charged); one default. */
export function ModelsTab() {
  const [models, reload] = useLoad(() => Models.list().then((m) => m.models), []);
  const act = useAction();
  const [form, setForm] = useState({ provider: 'openai', model_id: '', display_name: '', base_url: '', api_key: '', is_default: false });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = { provider: form.provider, model_id: form.model_id.trim(), is_default: form.is_default };
    if (form.display_name.trim()) body.display_name = form.display_name.trim();
    if (form.base_url.trim()) body.base_url = form.base_url.trim();
    if (form.api_key) body.api_key = form.api_key;
    if (await act(() => Models.add(body), 'Model added.')) {
      setForm({ ...form, model_id: '', display_name: '', base_url: '', api_key: '' });
      reload();
    }
  };

  return (
    <div className="stack">
      <table className="table" aria-label="Models">
        <thead><tr><th scope="col">Model</th><th scope="col">Provider</th><th scope="col">Source</th><th scope="col">Default</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id} data-testid="settings-model-row" data-model-id={m.model_id}>
              <td>{m.display_name}{m.offline && <span className="badge offline-badge">{OFFLINE_LABEL}</span>}</td>
              <td>{m.provider}</td>
              <td>{m.config_type === 'user' ? `yours${m.has_api_key ? ' · own key' : ''}` : 'system'}</td>
              <td>{m.is_default ? '✓' : ''}</td>
              <td className="row">
                {m.config_type === 'user' && !m.is_default && (
                  <button type="button" onClick={() => act(() => Models.update(m.id, { is_default: true }), 'Default model set.').then(reload)}>Make default</button>
                )}
                {m.config_type === 'user' && (
                  <button type="button" className="danger" aria-label={`Delete ${m.display_name}`}
                    onClick={() => act(() => Models.remove(m.id), 'Model deleted.').then(reload)}>Delete</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card stack" onSubmit={add} aria-labelledby="add-model">
        <h2 id="add-model">Add your own model</h2>
        <label>Provider
          <select value={form.provider} onChange={(e) => set({ provider: e.target.value })} data-testid="model-provider">
            {PROVIDERS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
          </select>
        </label>
        <label>Model id <input required value={form.model_id} onChange={(e) => set({ model_id: e.target.value })} placeholder="gpt-4o-mini" data-testid="model-id" /></label>
        <label>Display name <input value={form.display_name} onChange={(e) => set({ display_name: e.target.value })} data-testid="model-display-name" /></label>
        <label>Base URL {form.provider === 'openai_compatible' ? '' : '(optional)'}
          <input type="url" required={form.provider === 'openai_compatible'} value={form.base_url} onChange={(e) => set({ base_url: e.target.value })} placeholder="https://openrouter.ai/api/v1" data-testid="model-base-url" />
        </label>
        <label>API key (stored encrypted, never shown again)
          <input type="password" autoComplete="off" value={form.api_key} onChange={(e) => set({ api_key: e.target.value })} data-testid="model-api-key" />
        </label>
        <label className="check"><input type="checkbox" checked={form.is_default} onChange={(e) => set({ is_default: e.target.checked })} /> Use as my default</label>
        <button type="submit" className="primary" data-testid="model-add">Add model</button>
      </form>
    </div>
  );
}
