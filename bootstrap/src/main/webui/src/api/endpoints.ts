import { api } from './http';
import type { Envelope, Plan } from '../state/eventReducer';

export interface SessionInfo {
  id: string;
  name: string | null;
  is_public: boolean;
  public_url: string | null;
  created_at: string;
  updated_at: string;
  last_message_at: string | null;
  agent_type: string | null;
  session_metadata: { plan?: Plan | null } | null;
  /** The session's project (docs/projects.md), null without one. */
  project_id?: string | null;
}

export interface AgentTypeInfo {
  id: string;
  name: string;
  description: string;
  available: boolean;
  unavailable_reason?: string;
}

export interface MarkedSession {
  session_id: string;
  session_name: string | null;
}

export interface Me {
  id: string;
  email: string;
  role: string;
  first_name: string | null;
  last_name: string | null;
  language: string | null;
  subscription_plan: string | null;
}

export interface ModelSetting {
  id: string;
  model_id: string;
  provider: string;
  display_name: string;
  base_url: string | null;
  config_type: string;
  is_default: boolean;
  is_active: boolean;
  has_api_key: boolean;
  offline: boolean;
}

export interface SessionFile {
  id: string;
  name: string;
  size: number;
  content_type: string;
  url: string;
}

export interface EventsPage {
  events: Envelope[];
  run_status: string | null;
  last_seq: number;
}

const enc = encodeURIComponent;

export const Auth = {
  login: (email: string, password: string) =>
    api<{ access_token: string; refresh_token: string }>('/auth/local/login', { body: { email, password }, auth: false }),
  register: (email: string, password: string, firstName: string) =>
    api<{ access_token: string; refresh_token: string }>('/auth/local/register',
      { body: { email, password, first_name: firstName || undefined }, auth: false }),
  providers: () => api<{ providers: { name: string; login_url: string }[] }>('/auth/providers', { auth: false }),
  me: () => api<Me>('/auth/me'),
  language: (language: string) => api<Me>(`/auth/me/language?language=${enc(language)}`, { method: 'PATCH' }),
};

export const Sessions = {
  list: (query: string) => api<{ sessions: SessionInfo[]; total: number }>(
    `/v1/sessions?per_page=100&session_type=agent${query ? `&query=${enc(query)}` : ''}`),
  create: (agentType = 'general') =>
    api<SessionInfo>('/v1/sessions', { body: { session_type: 'agent', agent_type: agentType } }),
  get: (id: string) => api<SessionInfo>(`/v1/sessions/${enc(id)}`),
  rename: (id: string, name: string) => api<SessionInfo>(`/v1/sessions/${enc(id)}`, { method: 'PATCH', body: { name } }),
  remove: (id: string) => api<{ message: string }>(`/v1/sessions/${enc(id)}`, { method: 'DELETE' }),
  pins: () => api<{ sessions: MarkedSession[] }>('/v1/sessions/pins'),
  wishlist: () => api<{ sessions: MarkedSession[] }>('/v1/sessions/wishlist'),
  mark: (kind: 'pins' | 'wishlist', id: string, on: boolean) =>
    api(`/v1/sessions/${kind}/${enc(id)}`, { method: on ? 'POST' : 'DELETE' }),
  publish: (id: string, on: boolean) => api<SessionInfo>(`/v1/sessions/${enc(id)}/${on ? 'publish' : 'unpublish'}`, { method: 'POST' }),
  savePlan: (id: string, plan: Plan) => api<Plan>(`/v1/sessions/${enc(id)}/plan`, { method: 'PATCH', body: plan }),
  files: (id: string) => api<SessionFile[]>(`/v1/sessions/${enc(id)}/files`),
};

export const AgentTypes = {
  list: () => api<AgentTypeInfo[]>('/v1/agent-types'),
};

export const Public = {
  session: (id: string) => api<SessionInfo>(`/v1/public/sessions/${enc(id)}`, { auth: false }),
  events: (id: string, afterSeq: number) =>
    api<EventsPage>(`/v1/public/sessions/${enc(id)}/events?after_seq=${afterSeq}&limit=1000`, { auth: false }),
};

/**
 * Local-storage signed URLs name the host the server saw; behind a proxy (or the Vite dev server)
 * that is another origin, so they are used by path. S3 URLs stay absolute.
 */
export function storageUrl(url: string): string {
  try {
    const target = new URL(url, location.origin);
    return target.pathname.startsWith('/v1/storage/') ? target.pathname + target.search : url;
  } catch {
    return url;
  }
}

export const Files = {
  /** Request, PUT, complete (docs/api/files.md); answers the ready asset. */
  async upload(file: File, sessionId: string): Promise<{ id: string; name: string }> {
    const contentType = file.type || 'application/octet-stream';
    const ticket = await api<{ id: string; upload_url: string; upload_headers: Record<string, string> }>(
      '/v1/assets/upload', { body: { file_name: file.name, content_type: contentType, size: file.size, session_id: sessionId } });
    const headers = Object.keys(ticket.upload_headers ?? {}).length > 0 ? ticket.upload_headers : { 'Content-Type': contentType };
    const put = await fetch(storageUrl(ticket.upload_url), { method: 'PUT', headers, body: file });
    if (!put.ok) throw new Error(`upload of ${file.name} failed (${put.status})`);
    return api<{ id: string; name: string }>(`/v1/assets/${enc(ticket.id)}/complete`, { body: { session_id: sessionId } });
  },
};

export const Models = {
  list: () => api<{ models: ModelSetting[] }>('/v1/user-settings/models'),
  add: (body: Record<string, unknown>) => api<ModelSetting>('/v1/user-settings/models', { body }),
  update: (id: string, body: Record<string, unknown>) => api<ModelSetting>(`/v1/user-settings/models/${enc(id)}`, { method: 'PUT', body }),
  remove: (id: string) => api(`/v1/user-settings/models/${enc(id)}`, { method: 'DELETE' }),
};

export interface MediaTemplateInfo {
  id: string;
  name: string;
  type: 'image' | 'video' | 'audio';
  category: string;
  description: string;
  prompt: string;
  aspect_ratio: string;
}

export interface MediaModelInfo {
  id: string;
  provider: string;
  display_name: string;
  offline: boolean;
  available: boolean;
  unavailable_reason?: string;
  price: { usd: number; credits: number; per: string; fallback: boolean };
}

/** The public media catalogues (docs/media.md): templates for the gallery, the configured models with prices. */
export const Media = {
  templates: (type?: string) => api<{ items: MediaTemplateInfo[]; total: number }>(
    `/v1/media-templates?page_size=100${type ? `&type=${enc(type)}` : ''}`, { auth: false }),
  models: (kind: 'image' | 'video') => api<{ models: MediaModelInfo[] }>(`/v1/media/models/${kind}`, { auth: false }),
};
