import { api } from './http';

/** A preview of a server running in the session's sandbox (docs/projects.md "Preview"). */
export interface PreviewLink {
  port: number;
  /** The preview's own origin. */
  url: string;
  /** Signs this browser in to that origin (expires after two minutes), then shows the site. */
  open_url: string;
  grant_expires_at: string;
}

export const Previews = {
  open: (sessionId: string, port: number) =>
    api<PreviewLink>(`/v1/sessions/${encodeURIComponent(sessionId)}/previews/${port}`, { method: 'POST' }),
};
