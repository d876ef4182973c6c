import { api } from '../../api/http';
import { useAction, useLoad } from './useLoad';

interface Skill { id: string; name: string; description: string; is_builtin: boolean; is_enabled: boolean; source: string }

/** Built-in and uploaded skills: enable, disable, upload a zip with SKILL.md, delete one's own. */
export function SkillsTab() {
  const [skills, reload] = useLoad(() => api<{ skills: Skill[] }>('/v1/user-settings/skills').then((s) => s.skills), []);
  const act = useAction();
  const upload = (file: File) => act(() => api('/v1/user-settings/skills', { raw: file, headers: { 'content-type': 'application/zip' } }),
    'Skill uploaded.').then(reload);
  return (
    <div className="stack">
      <ul className="list">
        {skills.map((s) => (
          <li key={s.id} className="card row" data-testid="settings-skill-row" data-skill={s.name}>
            <div className="grow">
              <strong>{s.name}</strong> <span className="muted small">{s.is_builtin ? 'built-in' : 'yours'}</span>
              <div className="muted">{s.description}</div>
            </div>
            <label className="check"><input type="checkbox" checked={s.is_enabled}
              onChange={(e) => act(() => api(`/v1/user-settings/skills/${s.id}/toggle`, { method: 'PATCH', body: { is_enabled: e.target.checked } })).then(reload)} /> Enabled</label>
            {!s.is_builtin && <button type="button" className="danger" onClick={() => act(() => api(`/v1/user-settings/skills/${s.id}`, { method: 'DELETE' }), 'Skill deleted.').then(reload)}>Delete</button>}
          </li>
        ))}
      </ul>
      <label className="button">Upload a skill (.zip with SKILL.md)
        <input type="file" accept=".zip,application/zip" className="visually-hidden" data-testid="skill-upload"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void upload(f); e.target.value = ''; }} />
      </label>
    </div>
  );
}
