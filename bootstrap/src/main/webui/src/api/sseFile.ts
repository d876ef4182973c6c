import { accessToken } from './auth';

/** A file an export stream handed over. */
export interface StreamedFile { blob: Blob; filename: string }

/**
 * Reads an export's server-sent events (`progress {done, total}`, then `complete {filename, content_type, data}` in
 * base64, or `error {code, message}`), telling onProgress after each step; resolves with the file.
 * (EventSource cannot send the bearer token, so the stream is read with fetch.)
 */
export async function fetchStreamedFile(path: string, onProgress: (done: number, total: number) => void,
  signedIn = true): Promise<StreamedFile> {
  const token = signedIn ? accessToken() : null;
  const response = await fetch(path, {
    headers: { accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok || !response.body) {
    let message = `export failed (${response.status})`;
    try { message = (await response.json()).detail ?? message; } catch { /* not JSON */ }
    throw new Error(message);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event:\s*(.*)$/m.exec(block)?.[1]?.trim();
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
      if (!name || !data) continue;
      const payload = JSON.parse(data);
      if (name === 'progress') onProgress(payload.done, payload.total);
      if (name === 'error') throw new Error(payload.message ?? payload.code);
      if (name === 'complete') {
        const bytes = Uint8Array.from(atob(payload.data), (c) => c.charCodeAt(0));
        return { blob: new Blob([bytes], { type: payload.content_type }), filename: payload.filename };
      }
    }
  }
  throw new Error('the export stream ended early');
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
