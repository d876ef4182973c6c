import { useEffect, useRef, useState } from 'react';
import type { ConnectionState } from '../realtime/socket';
import type { TerminalListener } from '../state/useSessionStream';

interface Props {
  /** The sandbox's status from the session events; a terminal needs an existing sandbox. */
  sandboxStatus: string | null;
  connection: ConnectionState;
  send: (type: string, data: Record<string, unknown>) => boolean;
  onTerminal: (listen: TerminalListener) => () => void;
}

const ROWS = 16;
const MAX_COLS = 160;
const FONT_PX = 13;
let opened = 0;

/** As many monospace columns as fit the panel (the shell wraps there, so nothing hides past the edge). */
function columnsFitting(element: HTMLElement): number {
  const probe = document.createElement('span');
  probe.style.cssText = `font: ${FONT_PX}px monospace; position: absolute; visibility: hidden; white-space: pre`;
  probe.textContent = 'W'.repeat(50);
  element.appendChild(probe);
  const charWidth = probe.getBoundingClientRect().width / 50 || FONT_PX * 0.6;
  probe.remove();
  return Math.max(20, Math.min(MAX_COLS, Math.floor((element.clientWidth - 16) / charWidth)));
}

type Phase = { kind: 'idle' } | { kind: 'opening' } | { kind: 'open' } | { kind: 'ended'; text: string };

/**
 * An interactive shell in the session's sandbox (socket pty_* events, docs/protocol/realtime.md).
 * xterm.js is loaded only when a terminal is opened, so it never weighs on the first page load.
 */
export function TerminalPanel({ sandboxStatus, connection, send, onTerminal }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [terminalId, setTerminalId] = useState<string | null>(null);
  const available = sandboxStatus === 'running' || sandboxStatus === 'paused' || sandboxStatus === 'ready';

  useEffect(() => {
    if (!terminalId) return;
    let disposed = false;
    let screen: { write: (d: string) => void; dispose: () => void } | null = null;
    const early: string[] = [];
    const stop = onTerminal((type, data) => {
      if (data.terminal_id !== terminalId) return;
      if (type === 'pty_ready') setPhase({ kind: 'open' });
      else if (type === 'pty_output') {
        const text = String(data.data ?? '');
        if (screen) screen.write(text); else early.push(text);
      } else if (type === 'pty_closed') setPhase({ kind: 'ended', text: `Terminal closed (exit ${String(data.exit_code)}).` });
      else if (type === 'pty_error') setPhase({ kind: 'ended', text: String(data.message ?? 'The terminal failed.') });
    });
    (async () => {
      const { Terminal } = await import('@xterm/xterm');
      await import('@xterm/xterm/css/xterm.css');
      if (disposed || !host.current) return;
      const cols = columnsFitting(host.current);
      const term = new Terminal({ rows: ROWS, cols, fontSize: FONT_PX, fontFamily: 'monospace', cursorBlink: true });
      term.open(host.current);
      term.onData((keys) => send('pty_input', { terminal_id: terminalId, data: keys }));
      early.splice(0).forEach((t) => term.write(t));
      screen = term;
      term.focus();
      if (!send('pty_create', { terminal_id: terminalId, rows: ROWS, cols })) {
        setPhase({ kind: 'ended', text: 'Not connected; try again when the session is live.' });
      }
    })();
    return () => {
      disposed = true;
      stop();
      send('pty_close', { terminal_id: terminalId });
      screen?.dispose();
    };
  }, [terminalId, send, onTerminal]);

  // The server ends a connection's terminals when it drops; say so instead of showing a dead screen.
  useEffect(() => {
    if (connection !== 'live' && terminalId && phase.kind !== 'ended') {
      setPhase({ kind: 'ended', text: 'Terminal closed: the connection dropped.' });
    }
  }, [connection, terminalId, phase.kind]);

  const open = () => {
    setPhase({ kind: 'opening' });
    setTerminalId(`ui-${Date.now().toString(36)}-${++opened}`);
  };
  const close = () => {
    setTerminalId(null);
    setPhase({ kind: 'idle' });
  };

  return (
    <section className="panel terminal-panel" aria-labelledby="terminal-title">
      <div className="row">
        <h2 id="terminal-title">Terminal</h2>
        <span className="spacer" />
        {terminalId ? (
          <button type="button" onClick={close} data-testid="terminal-close">Close</button>
        ) : (
          <button type="button" onClick={open} disabled={!available || connection !== 'live'} data-testid="terminal-open"
            title={available ? 'A shell in this session\'s sandbox' : 'The sandbox starts with the agent\'s first tool'}>
            Open terminal
          </button>
        )}
      </div>
      {!terminalId && !available && <p className="muted">Available once the sandbox has started.</p>}
      {phase.kind === 'ended' && <p className="muted" data-testid="terminal-state">{phase.text}</p>}
      {terminalId && <div ref={host} className="terminal-screen" data-testid="terminal-screen" data-phase={phase.kind} />}
    </section>
  );
}
