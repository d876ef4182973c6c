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
