import { accessToken } from './auth';
import { api, ApiError } from './http';
import { fetchStreamedFile, readServerEvents, type ServerEvent, type StreamedFile } from './sseFile';
import { playableUrl } from '../components/MediaPreview';

/** A page of a storybook version as GET /v1/storybooks/{id} answers it (docs/storybooks.md). */
export interface StorybookPage {
  page_number: number;
  page_id: string;
  text: string;
  scene: string;
  image_asset_id: string | null;
  audio_asset_id: string | null;
  background_asset_id: string | null;
}

export interface Storybook {
  id: string;
  session_id: string;
  title: string;
  style: string;
  root_id: string;
  parent_id: string | null;
  version: number;
  page_count: number;
  status: string;
  voice_over: boolean;
  published: boolean;
  created_at: string;
  pages: StorybookPage[];
}

export interface StorybookProgress {
  status: string;
  pages_done: number;
  pages_total: number;
  note: string | null;
  finished: boolean;
  error: string | null;
}

const base = (id: string) => `/v1/storybooks/${encodeURIComponent(id)}`;

/** Fetches a file the signed-in user may read and resolves with it (downloads that are not streamed). */
async function fetchFile(path: string, fallbackName: string): Promise<StreamedFile> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${accessToken()}` } });
  if (!response.ok) {
    let message = `download failed (${response.status})`;
    try { message = (await response.json()).detail ?? message; } catch { /* not JSON */ }
    throw new ApiError(response.status, `http_${response.status}`, message);
  }
  const named = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { blob: await response.blob(), filename: named ?? fallbackName };
}

export const Storybooks = {
  get: (id: string) => api<Storybook>(base(id)),
  getPublic: (id: string) => api<Storybook>(`/v1/public/storybooks/${encodeURIComponent(id)}`, { auth: false }),
  progress: (id: string) => api<StorybookProgress>(`${base(id)}/progress`),
  versions: (id: string) => api<{ root_id: string; versions: Storybook[] }>(`${base(id)}/versions`).then((r) => r.versions),
  publish: (id: string, published: boolean) => api<Storybook>(`${base(id)}/publish`, { body: { published } }),
  editText: (id: string, page: number, text: string) => api<Storybook>(`${base(id)}/pages/${page}/text`, { body: { text } }),
  regenerate: (id: string, page: number) => api<Storybook>(`${base(id)}/pages/${page}/regenerate`, { method: 'POST' }),
  aiRewrite: (id: string, page: number, instruction: string, content?: string) =>
    api<Storybook>(`${base(id)}/edit/ai-rewrite`, { body: { page_number: page, instruction, content } }),
  /** A new picture for a page from a prompt (the page's scene when none is given): a new version. */
  aiRegenerateImage: (id: string, page: number, prompt?: string) =>
    api<Storybook>(`${base(id)}/edit/ai-regenerate-image`, { body: { page_number: page, prompt } }),
  /** A generated background for a page from a prompt (required): a new version. */
  aiGenerateBackground: (id: string, page: number, prompt: string) =>
    api<Storybook>(`${base(id)}/edit/ai-generate-background`, { body: { page_number: page, prompt } }),
  /** Voice-over for every page: the new version (being made) that the job reads aloud. */
  voice: (id: string, language: string) =>
    api<{ storybook: Storybook }>(`${base(id)}/voice`, { body: { language, force: false } }).then((r) => r.storybook),
  cancel: (id: string) => api<{ cancelled: boolean }>(`${base(id)}/cancel`, { method: 'POST' }).then((r) => r.cancelled),
  /**
   * Follows `.../progress/stream` until the book is finished (true) or the stream ends early (false); each event
   * becomes a progress snapshot for onProgress.
   */
  followProgress: (id: string, onProgress: (now: StorybookProgress) => void, signal: AbortSignal) =>
    readServerEvents(`${base(id)}/progress/stream`, (event) => {
      const now = progressOf(event);
      onProgress(now);
      return now.finished;
    }, { signal }),
  uploadBackground: (id: string, page: number, file: File) => {
    const form = new FormData();
    form.append('page_number', String(page));
    form.append('file', file, file.name);
    return api<Storybook>(`${base(id)}/edit/upload-background`, { raw: form });
  },

  /** Signed links for the pictures and voice-overs (asset id → URL), for the signed-in owner. */
  assetUrls: (ids: string[]) => ids.length === 0 ? Promise.resolve({} as Record<string, string>)
    : api<{ signed_urls: Record<string, string> }>('/v1/assets/download-urls', { body: { asset_ids: ids } })
      // our own storage links are used relative to this page (see MediaPreview's playableUrl)
      .then((r) => Object.fromEntries(Object.entries(r.signed_urls).map(([id, url]) => [id, playableUrl(url)]))),

  /** The public reader's links: a published book's page media, no sign-in. */
  publicAssetUrls: (book: Storybook): Record<string, string> => Object.fromEntries(pageAssets(book)
    .map((asset) => [asset, `/v1/public/storybooks/${encodeURIComponent(book.id)}/assets/${encodeURIComponent(asset)}`])),

  /** The whole book (PDF or a ZIP of PNGs) over server-sent events with per-page progress. */
  downloadBook: (id: string, format: 'pdf' | 'png', onProgress: (done: number, total: number) => void) =>
    fetchStreamedFile(`${base(id)}/download${format === 'png' ? '/png' : ''}/stream`, onProgress),
  downloadPage: (id: string, page: number, format: 'pdf' | 'png') =>
    fetchFile(`${base(id)}/download/${format === 'pdf' ? 'page' : 'png'}/${page}`, `page-${page}.${format}`),
};

/** The asset ids a version's pages show (picture, background, voice-over), without repeats. */
export function pageAssets(book: Storybook): string[] {
  const ids = book.pages.flatMap((p) => [p.image_asset_id, p.background_asset_id, p.audio_asset_id]);
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The book id in a generate_storybook result: the display's `storybook_id`, else the "id UUID" of its text. */
export function storybookIdOf(result: unknown): string | null {
  if (result && typeof result === 'object' && typeof (result as { storybook_id?: unknown }).storybook_id === 'string') {
    return (result as { storybook_id: string }).storybook_id;
  }
  const text = typeof result === 'string' ? result : '';
  return /\bid ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i.exec(text)?.[1] ?? null;
}

/**
 * A progress stream event as a progress snapshot: `progress` and `complete` carry {done, total, status}; `error`
 * {code, message} ends the book as failed or cancelled, except a timed-out stream, which is not finished (read on).
 */
export function progressOf({ name, payload }: ServerEvent): StorybookProgress {
  const done = Number(payload.done ?? 0);
  const total = Number(payload.total ?? 0);
  if (name === 'error') {
    const code = String(payload.code ?? '');
    if (code === 'storybook_progress_timeout') {
      return { status: 'generating', pages_done: done, pages_total: total, note: null, finished: false, error: null };
    }
    return { status: code === 'storybook_cancelled' ? 'cancelled' : 'failed', pages_done: done, pages_total: total,
      note: null, finished: true, error: String(payload.message ?? code) };
  }
  return { status: String(payload.status ?? 'generating'), pages_done: done, pages_total: total, note: null,
    finished: name === 'complete', error: null };
}
