import { api } from './http';
import { accessToken } from './auth';

/** A slide as GET /v1/slides answers it (docs/slides.md). */
export interface SlideView {
  presentation_name: string;
  slide_number: number;
  slide_title: string;
  description: string;
  type: string;
  slide_content: string;
  version: number;
}

export interface PresentationView {
  name: string;
  slide_count: number;
  slides: SlideView[];
}

/** The agent tools that change decks: their results tell the session view to reload the decks. */
export const SLIDE_TOOLS = new Set(['SlideWrite', 'SlideEdit', 'slide_apply_patch', 'SlideGenerate']);

export const Slides = {
  list: (sessionId: string) =>
    api<{ presentations: PresentationView[] }>(`/v1/slides?session_id=${encodeURIComponent(sessionId)}`)
      .then((r) => r.presentations),

  /**
   * Runs an export over server-sent events, telling onProgress after each slide; resolves with the file.
   * (EventSource cannot send the bearer token, so the stream is read with fetch.)
   */
  async exportDeck(sessionId: string, deck: string, format: 'pdf' | 'zip' | 'png',
    onProgress: (done: number, total: number) => void): Promise<{ blob: Blob; filename: string }> {
    const query = new URLSearchParams({ session_id: sessionId, presentation_name: deck, format });
    const token = accessToken();
    const response = await fetch(`/v1/slides/download/stream?${query}`, {
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
  },
};
