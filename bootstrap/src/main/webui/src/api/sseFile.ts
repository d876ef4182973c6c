import { accessToken } from './auth';
import { ApiError } from './http';

/** A file an export stream handed over. */
export interface StreamedFile { blob: Blob; filename: string }

/** One server-sent event: its name and its JSON payload. */
export interface ServerEvent { name: string; payload: Record<string, unknown> }

/** Splits the complete events off the front of a stream buffer; `rest` is the unfinished tail to keep. */
export function takeEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = [];
  let rest = buffer.replace(/\r\n/g, '\n');
  let end;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const name = /^event:\s*(.*)$/m.exec(block)?.[1]?.trim();
    const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
    if (name && data) events.push({ name, payload: JSON.parse(data) });
  }
  return { events, rest };
}

/**
 * Reads a stream of server-sent events with fetch (EventSource cannot send the bearer token), handing each to onEvent
 * until it answers true (done) or the stream ends (false is returned then). A refused request throws an ApiError.
 */
export async function readServerEvents(path: string, onEvent: (event: ServerEvent) => boolean,
  { signedIn = true, signal }: { signedIn?: boolean; signal?: AbortSignal } = {}): Promise<boolean> {
  const token = signedIn ? accessToken() : null;
  const response = await fetch(path, {
    signal, headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok || !response.body) {
    let message = `stream failed (${response.status})`;
    let code = `http_${response.status}`;
    try { const problem = await response.json(); message = problem.detail ?? message; code = problem.code ?? code; } catch { /* not JSON */ }
    throw new ApiError(response.status, code, message);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return false;
    const taken = takeEvents(buffer + decoder.decode(value, { stream: true }));
    buffer = taken.rest;
    for (const event of taken.events) {
      if (onEvent(event)) { void reader.cancel().catch(() => {}); return true; }
    }
  }
}

/**
 * Reads an export's server-sent events (`progress {done, total}`, then `complete {filename, content_type, data}` in
 * base64, or `error {code, message}`), telling onProgress after each step; resolves with the file.
 */
export async function fetchStreamedFile(path: string, onProgress: (done: number, total: number) => void,
  signedIn = true): Promise<StreamedFile> {
  let file: StreamedFile | null = null;
  await readServerEvents(path, ({ name, payload }) => {
    if (name === 'progress') onProgress(payload.done as number, payload.total as number);
    if (name === 'error') throw new Error(String(payload.message ?? payload.code));
    if (name !== 'complete') return false;
    const bytes = Uint8Array.from(atob(payload.data as string), (c) => c.charCodeAt(0));
    file = { blob: new Blob([bytes], { type: payload.content_type as string }), filename: payload.filename as string };
    return true;
  }, { signedIn });
  if (!file) throw new Error('the export stream ended early');
  return file;
}

/** Hands a blob to the browser as a download under its name. */
export function saveBlob(file: StreamedFile) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
