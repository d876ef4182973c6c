import { useCallback, useEffect, useRef, useState } from 'react';
import { SessionSocket, type ConnectionState } from '../realtime/socket';
import { dropAlerts, initialState, reduce, type Alert, type Envelope, type SessionState } from './eventReducer';

export type TerminalListener = (type: string, data: Record<string, unknown>) => void;

/**
 * A session's live state: the socket feeds the pure reducer; a new socket resumes from the
 * highest seq the state holds. Alerts (errors, stops) are handed to `onAlert` once each.
 */
export function useSessionStream(sessionId: string, onAlert: (alert: Alert) => void) {
  const [state, setState] = useState<SessionState>(initialState);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const stateRef = useRef(state);
  const socketRef = useRef<SessionSocket | null>(null);
  const terminalListeners = useRef(new Set<TerminalListener>());
  const alertRef = useRef(onAlert);
  alertRef.current = onAlert;

  useEffect(() => {
    const fresh = initialState();
    stateRef.current = fresh;
    setState(fresh);
    const socket = new SessionSocket(sessionId, {
      onEvent: (event: Envelope) => {
        const next = reduce(stateRef.current, event);
        if (next === stateRef.current) return;
        stateRef.current = next;
        setState(next);
      },
      onState: setConnection,
      lastSeq: () => stateRef.current.lastSeq,
      onTerminal: (type, data) => terminalListeners.current.forEach((listen) => listen(type, data)),
    });
    socketRef.current = socket;
    socket.start();
    return () => {
      socket.stop();
      socketRef.current = null;
    };
  }, [sessionId]);

  useEffect(() => {
    if (state.alerts.length === 0) return;
    const shown = state.alerts;
    shown.forEach((a) => alertRef.current(a));
    const next = dropAlerts(stateRef.current, shown.map((a) => a.id));
    stateRef.current = next;
    setState(next);
  }, [state.alerts]);

  const command = useCallback((content: Record<string, unknown>) => socketRef.current?.command(content), []);
  const terminal = useCallback((type: string, data: Record<string, unknown>) => socketRef.current?.terminal(type, data) ?? false, []);
  const onTerminal = useCallback((listen: TerminalListener) => {
    terminalListeners.current.add(listen);
    return () => { terminalListeners.current.delete(listen); };
  }, []);
  return { state, connection, command, terminal, onTerminal };
}
