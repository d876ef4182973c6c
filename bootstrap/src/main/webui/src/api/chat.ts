import { accessToken } from './auth';
import { api } from './http';

/** Chat mode's REST + SSE API (docs/api/chat.md). */
export interface ChatToolCall { id: string; name: string; input: Record<string, unknown>; output: string; is_error: boolean }
export interface ChatFileInfo { id: string; name: string; content_type: string; size: number }
export interface ChatMessageInfo {
  id: string; role: 'user' | 'assistant'; content: string; model: string | null; finish_reason: string | null;
  is_finished: boolean; created_at: string; tool_steps: { text: string; tool_calls: ChatToolCall[] }[]; files: ChatFileInfo[];
}
export interface AdvancedMode {
  model_id: string | null; temperature: number | null; reasoning_effort: string | null;
  tools: Record<string, boolean>; system_prompt: string | null;
}
export interface ChatEvent { event: string; data: Record<string, unknown> }

const enc = encodeURIComponent;

export const Chat = {
  list: () => api<{ sessions: { id: string; name: string | null; created_at: string }[] }>(
    '/v1/sessions?per_page=100&session_type=chat'),
  history: (sid: string) => api<{ messages: ChatMessageInfo[]; has_more: boolean; total_count: number }>(
    `/v1/chat/conversations/${enc(sid)}?limit=200`),
  advanced: (sid: string) => api<AdvancedMode>(`/v1/chat/conversations/${enc(sid)}/advanced-mode`),
  saveAdvanced: (sid: string, mode: AdvancedMode) =>
    api<AdvancedMode>(`/v1/chat/conversations/${enc(sid)}/advanced-mode`, { body: mode }),
  stop: (sid: string) => api<{ success: boolean }>(`/v1/chat/conversations/${enc(sid)}/stop`, { method: 'POST' }),

  /** Sends a message and calls {@code onEvent} for each server-sent event until the stream ends. */
  async send(body: Record<string, unknown>, onEvent: (e: ChatEvent) => void): Promise<void> {
    const response = await fetch('/v1/chat/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${accessToken()}` },
      body: JSON.stringify(body),
    });
    if (!response.ok || !response.body) {
      let message = response.statusText;
      try { const p = await response.json(); message = p.detail ?? p.title ?? message; } catch { /* not JSON */ }
      throw new Error(message || `HTTP ${response.status}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length) onEvent({ event, data: JSON.parse(data.join('\n')) });
      }
    }
  },
};

/** Uploads a file as an asset of the caller (request, PUT, complete) for {@code file_ids}. */
export async function uploadForChat(file: File): Promise<{ id: string; name: string }> {
  const contentType = file.type || 'application/octet-stream';
  const ticket = await api<{ id: string; upload_url: string; upload_headers: Record<string, string> }>(
    '/v1/assets/upload', { body: { file_name: file.name, content_type: contentType, size: file.size } });
  const headers = Object.keys(ticket.upload_headers ?? {}).length > 0 ? ticket.upload_headers : { 'Content-Type': contentType };
  const url = new URL(ticket.upload_url, window.location.origin);
  const put = await fetch(url.pathname + url.search, { method: 'PUT', headers, body: file });
  if (!put.ok) throw new Error(`upload of ${file.name} failed (${put.status})`);
  await api(`/v1/assets/${enc(ticket.id)}/complete`, { body: {} });
  return { id: ticket.id, name: file.name };
}
