import { useEffect, useState } from 'react';
import type { Milestone, Plan } from '../state/eventReducer';

interface Props {
  plan: Plan | null;
  running: boolean;
  readOnly?: boolean;
  onGenerate?: (text: string) => void;
  onSave?: (plan: Plan) => Promise<void>;
  onExecute?: (ids: string[]) => void;
}

/** Plan mode: generate milestones, edit them, execute the chosen ones and follow their status live. */
export function PlanPanel({ plan, running, readOnly, onGenerate, onSave, onExecute }: Props) {
  const [goal, setGoal] = useState('');
  const [editing, setEditing] = useState<Plan | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => {
    setChosen(new Set(plan?.milestones.filter((m) => m.status === 'pending').map((m) => m.id) ?? []));
  }, [plan]);

  const change = (index: number, patch: Partial<Milestone>) => editing && setEditing({
    ...editing, milestones: editing.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)),
  });
  const add = () => editing && setEditing({
    ...editing, milestones: [...editing.milestones, { id: `m${Date.now().toString(36)}`, content: '', status: 'pending' }],
  });

  return (
    <section className="panel plan-panel" data-testid="plan-panel" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan</h2>
      {!plan && !readOnly && (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); if (goal.trim()) { onGenerate?.(goal.trim()); setGoal(''); } }}>
          <label>Goal
            <input data-testid="plan-input" value={goal} onChange={(e) => setGoal(e.target.value)} placeholder="e.g. Build a site: design, write, publish" />
          </label>
          <button type="submit" data-testid="plan-generate" disabled={running || !goal.trim()}>Generate plan</button>
        </form>
      )}
      {!plan && readOnly && <p className="muted">No plan.</p>}
      {plan && !editing && (
        <>
          {plan.summary && <p className="plan-summary">{plan.summary}</p>}
          <ol className="milestones">
            {plan.milestones.map((m) => (
              <li key={m.id} data-testid="plan-milestone" data-milestone-id={m.id} data-status={m.status}>
                {!readOnly && (
                  <input type="checkbox" aria-label={`Execute ${m.content}`} checked={chosen.has(m.id)} disabled={running}
                    onChange={(e) => { const next = new Set(chosen); if (e.target.checked) next.add(m.id); else next.delete(m.id); setChosen(next); }} />
                )}
                <span className="milestone-text">{m.content}</span>
                <span className={`badge status-${m.status}`}>{m.status.replace('_', ' ')}</span>
              </li>
            ))}
          </ol>
          {!readOnly && (
            <div className="row">
              <button type="button" className="primary" data-testid="plan-execute" disabled={running || chosen.size === 0}
                onClick={() => onExecute?.(plan.milestones.filter((m) => chosen.has(m.id)).map((m) => m.id))}>
                Execute {chosen.size > 0 ? `(${chosen.size})` : ''}
              </button>
              <button type="button" data-testid="plan-edit" disabled={running} onClick={() => setEditing(structuredClone(plan))}>Edit</button>
            </div>
          )}
        </>
      )}
      {editing && (
        <form className="stack" onSubmit={async (e) => { e.preventDefault(); await onSave?.({ ...editing,
          milestones: editing.milestones.filter((m) => m.content.trim()) }); setEditing(null); }}>
          <label>Summary
            <input value={editing.summary} onChange={(e) => setEditing({ ...editing, summary: e.target.value })} />
          </label>
          {editing.milestones.map((m, i) => (
            <div key={m.id} className="row">
              <label className="grow">Milestone {i + 1}
                <input data-testid="plan-milestone-input" value={m.content} onChange={(e) => change(i, { content: e.target.value })} />
              </label>
              <button type="button" className="icon" aria-label={`Remove milestone ${i + 1}`}
                onClick={() => setEditing({ ...editing, milestones: editing.milestones.filter((_, j) => j !== i) })}>×</button>
            </div>
          ))}
          <div className="row">
            <button type="button" onClick={add}>+ Milestone</button>
            <span className="spacer" />
            <button type="button" onClick={() => setEditing(null)}>Cancel</button>
            <button type="submit" className="primary" data-testid="plan-save">Save plan</button>
          </div>
        </form>
      )}
    </section>
  );
}
