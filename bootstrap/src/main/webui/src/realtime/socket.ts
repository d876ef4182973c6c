import { accessToken, refresh } from '../api/auth';
import type { Envelope } from '../state/eventReducer';

/**
 * One session's live connection to /ws (docs/protocol/realtime.md): the token goes in the first
 * frame (never the URL), then join_session with the highest seq already held, so a reconnect
 * (network drop, server restart, 4408/4409) resumes without gaps or duplicates.
 */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface SocketCallbacks {
  onEvent: (event: Envelope) => void;
  onState: (state: ConnectionState) => void;
  /** The seq to resume from: the highest persisted seq the view holds. */
  lastSeq: () => number;
  /** Terminal frames (pty_ready, pty_output, pty_error, pty_closed): outside the event stream. */
  onTerminal?: (type: string, data: Record<string, unknown>) => void;
}

const UNAUTHENTICATED = 4401;

export class SessionSocket {
  private ws: WebSocket | null = null;
  private attempts = 0;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private queue: string[] = [];
  private joined = false;

  constructor(private readonly sessionId: string, private readonly callbacks: SocketCallbacks) {}

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.ws?.close(1000, 'left');
    this.ws = null;
    this.callbacks.onState('closed');
  }

  /** Sends a chat_message command; held until the session is joined. */
  command(content: Record<string, unknown>) {
    const frame = JSON.stringify({ type: 'chat_message', data: { session_uuid: this.sessionId, content } });
    if (this.joined && this.ws?.readyState === WebSocket.OPEN) this.ws.send(frame);
    else this.queue.push(frame);
  }

  /** Sends a terminal event; false when not joined (a terminal lives only on a live connection). */
  terminal(type: string, data: Record<string, unknown>): boolean {
    if (!this.joined || this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify({ type, data }));
    return true;
  }

  private connect() {
    const token = accessToken();
    if (!token) {
      this.callbacks.onState('closed');
      return;
    }
    this.callbacks.onState(this.attempts === 0 ? 'connecting' : 'reconnecting');
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    const ws = new WebSocket(url);
    this.ws = ws;
    this.joined = false;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token }));
    ws.onmessage = (message) => this.receive(ws, message.data as string);
    ws.onclose = (close) => this.closed(ws, close.code);
  }

  private receive(ws: WebSocket, text: string) {
    let frame: { type?: string; data?: unknown };
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (frame.type === 'authenticated') {
      ws.send(JSON.stringify({ type: 'join_session', data: { session_uuid: this.sessionId, last_seq: this.callbacks.lastSeq() } }));
      return;
    }
    if (frame.type?.startsWith('pty_') && frame.data) {
      this.callbacks.onTerminal?.(frame.type, frame.data as Record<string, unknown>);
      return;
    }
    if (frame.type !== 'chat_event' || !frame.data) return;
    const event = frame.data as Envelope;
    if (event.name === 'connection.established') {
      this.joined = true;
      this.attempts = 0;
      this.callbacks.onState('live');
      const held = this.queue;
      this.queue = [];
      held.forEach((f) => ws.send(f));
    }
    this.callbacks.onEvent(event);
  }

  private async closed(ws: WebSocket, code: number) {
    if (this.ws !== ws || this.stopped) return;
    this.joined = false;
    this.attempts++;
    this.callbacks.onState('reconnecting');
    if (code === UNAUTHENTICATED && !(await refresh())) {
      this.callbacks.onState('closed');
      return;
    }
    const delay = Math.min(5000, 250 * 2 ** Math.min(this.attempts, 5));
    this.retry = setTimeout(() => !this.stopped && this.connect(), delay);
  }
}
