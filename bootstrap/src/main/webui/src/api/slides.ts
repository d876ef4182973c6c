import { api } from './http';
import { fetchStreamedFile, type StreamedFile } from './sseFile';

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

/** One stored version of a slide (GET /v1/slides/nano-banana/versions). */
export interface SlideVersionView {
  version: number;
  slide_title: string;
  type: string;
  slide_content: string;
  source: string;
  created_at: string;
  is_current: boolean;
}

/** A template of the catalogue (GET /v1/slides/templates). */
export interface SlideTemplateView {
  id: string;
  slide_template_name: string;
  slide_content: string;
}

const enc = encodeURIComponent;

export const Slides = {
  list: (sessionId: string) =>
    api<{ presentations: PresentationView[] }>(`/v1/slides?session_id=${enc(sessionId)}`)
      .then((r) => r.presentations),

  /** A published session's decks, for anyone (404 while the session is not public). */
  listPublic: (sessionId: string) =>
    api<{ presentations: PresentationView[] }>(`/v1/public/slides?session_id=${enc(sessionId)}`, { auth: false })
      .then((r) => r.presentations),

  /** Stores design-mode edits (the server refuses any new script, handler or javascript: URL). */
  syncDesign: (sessionId: string, deck: string, slides: { slide_number: number; content: string }[]) =>
    api<{ success: boolean; updated: { slide_number: number; version: number }[] }>('/v1/slides/design/slide-sync-batch',
      { body: { session_id: sessionId, presentation_name: deck, slides } }),

  versions: (sessionId: string, deck: string, slide: number) =>
    api<{ versions: SlideVersionView[] }>(`/v1/slides/nano-banana/versions?session_id=${enc(sessionId)}`
      + `&presentation_name=${enc(deck)}&slide_number=${slide}`).then((r) => r.versions),

  revert: (sessionId: string, deck: string, slide: number, version: number) =>
    api<SlideView>('/v1/slides/nano-banana/revert',
      { body: { session_id: sessionId, presentation_name: deck, slide_number: slide, version } }),

  /** Image slides: what is on the picture (billed per detection). */
  detectImage: (sessionId: string, deck: string, slide: number) =>
    api<{ components: { design_id: string; component_type: string; label: string }[] }>('/v1/slides/nano-banana/detect',
      { body: { session_id: sessionId, presentation_name: deck, slide_number: slide } }),

  /** Image slides: the picture changed as the prompt says (a new version, billed per picture). */
  editImage: (sessionId: string, deck: string, slide: number, prompt: string) =>
    api<{ version: number; new_image_url: string }>('/v1/slides/nano-banana/regenerate', { body: {
      session_id: sessionId, presentation_name: deck, slide_number: slide,
      instructions: [{ instruction_type: 'ai_modify', ai_prompt: prompt }] } }),

  /** Image slides: the background made transparent (a new version, billed per picture). */
  removeBackground: (sessionId: string, deck: string, slide: number) =>
    api<{ version: number; new_image_url: string }>('/v1/slides/nano-banana/remove-background',
      { body: { session_id: sessionId, presentation_name: deck, slide_number: slide } }),

  templates: (search: string) =>
    api<{ templates: SlideTemplateView[]; total: number }>(`/v1/slides/templates?page_size=50&search=${enc(search)}`,
      { auth: false }),

  write: (sessionId: string, deck: string, slide: number, title: string, content: string) =>
    api<SlideView>(`/v1/slides?session_id=${enc(sessionId)}`,
      { body: { presentation_name: deck, slide_number: slide, title, description: '', content } }),

  /** Runs an export over server-sent events, telling onProgress after each slide; resolves with the file. */
  exportDeck(sessionId: string, deck: string, format: 'pdf' | 'zip' | 'png',
    onProgress: (done: number, total: number) => void, published = false): Promise<StreamedFile> {
    const query = new URLSearchParams({ session_id: sessionId, presentation_name: deck, format });
    return fetchStreamedFile(`${published ? '/v1/public/slides' : '/v1/slides'}/download/stream?${query}`, onProgress,
      !published);
  },
};
