import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { AgentTypes, Sessions, type AgentTypeInfo } from '../api/endpoints';
import { errorText } from '../api/http';
import { AgentTypePicker, initialChoice } from '../components/AgentTypePicker';
import { useToasts } from '../components/Toasts';
import { useShell } from './Shell';

export function SessionsHome() {
  const navigate = useNavigate();
  const toasts = useToasts();
  const { refreshSessions } = useShell();
  const [busy, setBusy] = useState(false);
  const [types, setTypes] = useState<AgentTypeInfo[]>([]);
  const [agentType, setAgentType] = useState<string | null>('general');
  useEffect(() => {
    AgentTypes.list().then((list) => {
      setTypes(list);
      setAgentType((current) => initialChoice(list, current ?? undefined));
    }).catch((e) => toasts.show('error', errorText(e)));
  }, [toasts]);
  const start = async () => {
    setBusy(true);
    try {
      const session = await Sessions.create(agentType ?? 'general');
      refreshSessions();
      navigate(`/s/${session.id}`);
    } catch (e) {
      toasts.show('error', errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="home">
      <h1>What should the agent do?</h1>
      <p className="muted">Pick an agent type, start a session, ask for something, and watch the agent plan, call tools
        and answer.</p>
      {types.length > 0 && <AgentTypePicker types={types} value={agentType} onChange={setAgentType} disabled={busy} />}
      <button type="button" className="primary" data-testid="start-session" onClick={start} disabled={busy || !agentType}>Start a new session</button>
    </section>
  );
}
