import { useEffect, useRef, useState } from 'react';
import type { PendingApproval, WaitingTool } from '../state/eventReducer';
import { pretty } from './format';

interface Props {
  pending: PendingApproval;
  onAnswer: (confirmed: boolean, userInput: Record<string, unknown>) => void;
}

interface Field { name: string; label: string; secret: boolean }

const SECRET = /key|token|secret|password|credential/i;

/** Inputs a waiting tool asks for: `fields`, or the names in `keys` / `variables` (secrets as password fields). */
function fieldsOf(tool: WaitingTool): Field[] {
  const input = tool.tool_input ?? {};
  const fields = Array.isArray(input.fields) ? input.fields : Array.isArray(input.keys) ? input.keys
    : Array.isArray(input.variables) ? input.variables : [];
  return fields.map((f: unknown) => {
    if (typeof f === 'string') return { name: f, label: f, secret: SECRET.test(f) };
    const o = f as Record<string, unknown>;
    const name = String(o.name ?? o.key ?? '');
    return { name, label: String(o.label ?? o.description ?? name), secret: o.secret === true || o.type === 'password' || SECRET.test(name) };
  }).filter((f: Field) => f.name);
}

function optionsOf(tool: WaitingTool): string[] {
  const options = tool.tool_input?.options;
  return Array.isArray(options) ? options.map(String) : [];
}

/**
 * The run paused on tools that need the person (agent.tool.confirmation): approve or reject,
 * choose an option (ask_user_select), or fill inputs and secrets. Not modal, so Stop stays usable.
 */
export function ApprovalDialog({ pending, onAnswer }: Props) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setSent(false);
    setValues({});
    first.current?.focus();
  }, [pending]);

  const selecting = pending.tools.find((t) => t.requires_user_input && optionsOf(t).length > 0);
  const fields = pending.tools.flatMap(fieldsOf);
  const answer = (confirmed: boolean, extra: Record<string, unknown> = {}) => {
    setSent(true);
    onAnswer(confirmed, { ...values, ...extra });
  };

  return (
    <section className="approval" role="dialog" aria-modal="false" aria-labelledby="approval-title" data-testid="approval-dialog">
      <h2 id="approval-title">{pending.message || 'The agent needs your answer to continue.'}</h2>
      {pending.tools.map((tool) => (
        <div key={tool.tool_call_id} className="approval-tool">
          <div><strong>{tool.tool_name}</strong>{tool.requires_confirmation ? ' wants to run:' : ' asks:'}</div>
          {tool.tool_name === 'ask_user_select' && typeof tool.tool_input?.question === 'string'
            ? <p>{tool.tool_input.question as string}</p>
            : <pre>{pretty(tool.tool_input)}</pre>}
        </div>
      ))}
      {selecting && (
        <div className="options" role="group" aria-label="Options">
          {optionsOf(selecting).map((option, i) => (
            <button key={option} type="button" ref={i === 0 ? first : undefined} data-testid="select-option" disabled={sent}
              onClick={() => answer(true, { selection: option })}>{option}</button>
          ))}
        </div>
      )}
      {fields.map((field) => (
        <label key={field.name}>{field.label}
          <input type={field.secret ? 'password' : 'text'} autoComplete="off" data-testid="approval-input" name={field.name}
            value={values[field.name] ?? ''} onChange={(e) => setValues({ ...values, [field.name]: e.target.value })} />
        </label>
      ))}
      <div className="row">
        {!selecting && (
          <button type="button" className="primary" ref={first} data-testid="approval-approve" disabled={sent}
            onClick={() => answer(true)}>Approve</button>
        )}
        <button type="button" data-testid="approval-reject" disabled={sent} onClick={() => answer(false)}>Reject</button>
      </div>
    </section>
  );
}
