import type { AgentTypeInfo } from '../api/endpoints';

/** Available types first (the catalogue's order within each group); the default is general when offered. */
export function pickerOrder(types: AgentTypeInfo[]): AgentTypeInfo[] {
  return [...types.filter((t) => t.available), ...types.filter((t) => !t.available)];
}

/** The type to preselect: the current choice while it can run, else general, else the first available one. */
export function initialChoice(types: AgentTypeInfo[], current?: string): string | null {
  const runnable = types.filter((t) => t.available);
  if (current && runnable.some((t) => t.id === current)) return current;
  return runnable.find((t) => t.id === 'general')?.id ?? runnable[0]?.id ?? null;
}

interface Props {
  types: AgentTypeInfo[];
  value: string | null;
  onChange: (id: string) => void;
  disabled?: boolean;
}

/** The agent types as a list of choices with their one-line descriptions; unavailable ones are shown disabled with why. */
export function AgentTypePicker({ types, value, onChange, disabled }: Props) {
  return (
    <fieldset className="agent-types" disabled={disabled}>
      <legend>Agent type</legend>
      {pickerOrder(types).map((type) => (
        <label key={type.id} className={`agent-type ${type.available ? '' : 'unavailable'} ${value === type.id ? 'chosen' : ''}`}
          data-testid={`agent-type-${type.id}`} title={type.available ? type.description : type.unavailable_reason}>
          <input type="radio" name="agent_type" value={type.id} checked={value === type.id}
            disabled={!type.available} onChange={() => onChange(type.id)} />
          <span className="agent-type-name">{type.name}</span>
          <span className="agent-type-desc muted">{type.description}</span>
          {!type.available && <span className="agent-type-reason">Not available yet: {type.unavailable_reason}</span>}
        </label>
      ))}
    </fieldset>
  );
}
