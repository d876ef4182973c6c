import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Public, type SessionInfo } from '../api/endpoints';
import { errorText } from '../api/http';
import { PlanPanel } from '../components/PlanPanel';
import { SlidesPanel } from '../components/SlidesPanel';
import { ThemeToggle } from '../components/ThemeToggle';
import { Timeline } from '../components/Timeline';
import { initialState, reduceAll, type SessionState } from '../state/eventReducer';

const POLL_MS = 3000;

/** A published session, read-only, for anyone with the link (public REST read, no sign-in). */
export default function SharePage() {
  const { sessionId = '' } = useParams();
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [state, setState] = useState<SessionState>(initialState);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = initialState();
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        let page;
        do {
          page = await Public.events(sessionId, current.lastSeq);
          const before = current.lastSeq;
          current = reduceAll(current, page.events);
          if (current.lastSeq === before) break;
        } while (page.events.length > 0 && page.last_seq > current.lastSeq);
        if (!stopped) setState(current);
        // A run still going: look again shortly (watchers have no socket here).
        const active = current.runStatus === 'running' || current.runStatus === 'waiting';
        if (active && !stopped) timer = setTimeout(load, POLL_MS);
      } catch (e) {
        if (!stopped) setError(errorText(e));
      }
    };
    Public.session(sessionId).then((s) => { setInfo(s); return load(); }).catch((e) => setError(errorText(e)));
    return () => { stopped = true; if (timer) clearTimeout(timer); };
  }, [sessionId]);

  return (
    <div className="public" data-testid="public-view">
      <header className="topbar">
        <span className="brand">II-Agent</span>
        <span className="muted">Shared session · read-only</span>
        <span className="spacer" />
        <ThemeToggle />
        <Link to="/">Open the app</Link>
      </header>
      <main className="public-main">
        {error ? (
          <p className="form-error" role="alert">This session is not shared (or does not exist). {error}</p>
        ) : (
          <>
            <h1>{info?.name?.trim() || 'Shared session'}</h1>
            <Timeline items={state.items} emptyText={info ? 'Nothing here yet.' : 'Loading…'} />
            {state.plan && <PlanPanel plan={state.plan} running={false} readOnly />}
            {info && <SlidesPanel sessionId={sessionId} version={state.items.length} published />}
          </>
        )}
      </main>
    </div>
  );
}
