import { api } from '../../api/http';

/** A provider as GET /v1/connectors/{provider}/status answers (never any token). */
export interface ConnectorStatus {
  provider: string; configured: boolean; connected: boolean; account: string | null;
  scope: string | null; expires_at: string | null; connected_at: string | null;
}

export interface GitHubRepository { id: number; full_name: string; is_private: boolean; default_branch: string | null; description: string | null }

/** The connectors the server knows, by URL segment, with the names people know them by. */
export const PROVIDERS = [
  { path: 'github', label: 'GitHub', what: 'Repositories for your sessions' },
  { path: 'google-drive', label: 'Google Drive', what: 'Import files you pick' },
  { path: 'revenuecat', label: 'RevenueCat', what: 'Subscriptions of your mobile apps' },
] as const;

const enc = encodeURIComponent;

/** docs/connectors.md */
export const Connectors = {
  status: (provider: string) => api<ConnectorStatus>(`/v1/connectors/${enc(provider)}/status`),
  authUrl: (provider: string) => api<{ auth_url: string; state: string }>(`/v1/connectors/${enc(provider)}/auth-url`),
  callback: (provider: string, code: string, state: string) =>
    api<ConnectorStatus>(`/v1/connectors/${enc(provider)}/callback`, { body: { code, state } }),
  disconnect: (provider: string) => api(`/v1/connectors/${enc(provider)}`, { method: 'DELETE' }),
  repositories: () => api<{ repositories: GitHubRepository[] }>('/v1/connectors/github/repositories?per_page=20'),
};

/** The caller's Codex CLI settings (never the key): GET/POST/DELETE /v1/user-settings/mcp/codex. */
export interface CodexSettings {
  configured: boolean; credential_type: 'api_key' | 'auth_json' | null; model: string | null;
  model_reasoning_effort: string | null; search: boolean; updated_at: string | null;
}

/** Claude Code's sign-in with a Claude account: /v1/user-settings/mcp/claude-code. */
export interface ClaudeCodeStatus { configured: boolean; connected: boolean; expires_at: string | null; connected_at: string | null }

/** docs/connectors.md "Codex and Claude Code" */
export const CodingClis = {
  codex: () => api<CodexSettings>('/v1/user-settings/mcp/codex'),
  saveCodex: (body: { apikey?: string; auth_json?: string; model?: string; model_reasoning_effort?: string; search?: boolean }) =>
    api<CodexSettings>('/v1/user-settings/mcp/codex', { body }),
  removeCodex: () => api('/v1/user-settings/mcp/codex', { method: 'DELETE' }),
  claudeCode: () => api<ClaudeCodeStatus>('/v1/user-settings/mcp/claude-code'),
  claudeCodeAuthUrl: () => api<{ auth_url: string; state: string }>('/v1/user-settings/mcp/claude-code/auth-url'),
  saveClaudeCode: (authorizationCode: string) =>
    api<ClaudeCodeStatus>('/v1/user-settings/mcp/claude-code', { body: { authorization_code: authorizationCode } }),
  removeClaudeCode: () => api('/v1/user-settings/mcp/claude-code', { method: 'DELETE' }),
};

/** A toolkit of Composio's catalogue. */
export interface ComposioToolkit {
  slug: string; name: string | null; description: string | null; logo: string | null; categories: string[];
  tools_count: number; auth_schemes: string[]; composio_managed_auth_schemes: string[];
}

export interface ComposioAction { slug: string; name: string | null; description: string | null }

/** A Composio profile (never its MCP URL; that is only in mcp-config). */
export interface ComposioProfile {
  id: string; profile_name: string; toolkit_slug: string; toolkit_name: string | null;
  status: 'pending' | 'enable' | 'disable' | 'disconnected'; enabled_tools: string[]; mcp_server_name: string;
  synced_to_agent: boolean;
}

/** An imported Drive file, as the asset it became. */
export interface ImportedFile { id: string; name: string; size: number; content_type: string }

const composio = '/v1/connectors/composio';

/** Composio: the catalogue, connecting toolkits as profiles, profiles as MCP servers (docs/connectors.md). */
export const Composio = {
  configured: () => api<{ configured: boolean }>(`${composio}/config`).then((c) => c.configured, () => false),
  toolkits: (search: string) =>
    api<{ items: ComposioToolkit[] }>(`${composio}/toolkits?limit=20${search ? `&search=${enc(search)}` : ''}`),
  actions: (slug: string) => api<{ actions: ComposioAction[] }>(`${composio}/toolkits/${enc(slug)}/actions`),
  connect: (slug: string, profileName: string) =>
    api<{ profile_id: string; redirect_url: string | null; status: string }>(`${composio}/${enc(slug)}/connect`,
      { body: { profile_name: profileName } }),
  complete: (connectedAccountId: string) =>
    api<ComposioProfile>(`${composio}/oauth-complete`, { body: { connected_account_id: connectedAccountId } }),
  profiles: () => api<{ profiles: ComposioProfile[] }>(`${composio}/profiles`),
  sync: (id: string) => api<ComposioProfile>(`${composio}/profiles/${enc(id)}/sync-to-agent`, { method: 'POST' }),
  setEnabled: (id: string, enabled: boolean) =>
    api<ComposioProfile>(`${composio}/profiles/${enc(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' }),
  setTools: (id: string, tools: string[]) =>
    api<ComposioProfile>(`${composio}/profiles/${enc(id)}/tools`, { method: 'PUT', body: { tools } }),
  remove: (id: string) => api(`${composio}/profiles/${enc(id)}`, { method: 'DELETE' }),
};

/** Google Drive files as ids: a pasted share link (…/d/<id>/…, ?id=<id>) or a bare id, one per line or comma. */
export function driveFileIds(text: string): string[] {
  return text.split(/[\s,]+/).map((part) => {
    const link = /\/d\/([A-Za-z0-9_-]+)/.exec(part) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(part);
    return link ? link[1] : part;
  }).filter((id) => /^[A-Za-z0-9_-]+$/.test(id));
}

/** POST /v1/connectors/google-drive/files: picked Drive files become the caller's assets. */
export const GoogleDrive = {
  importFiles: (fileIds: string[], sessionId?: string) =>
    api<{ files: ImportedFile[] }>('/v1/connectors/google-drive/files',
      { body: sessionId ? { file_ids: fileIds, session_id: sessionId } : { file_ids: fileIds } }),
};
