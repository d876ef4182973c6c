import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Sessions } from '../api/endpoints';
import { errorText } from '../api/http';
import { useToasts } from '../components/Toasts';
import { useShell } from './Shell';

export function SessionsHome() {
  const navigate = useNavigate();
  const toasts = useToasts();
  const { refreshSessions } = useShell();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const session = await Sessions.create();
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
      <p className="muted">Start a session, ask for something, and watch the agent plan, call tools and answer.</p>
      <button type="button" className="primary" onClick={start} disabled={busy}>Start a new session</button>
    </section>
  );
}
