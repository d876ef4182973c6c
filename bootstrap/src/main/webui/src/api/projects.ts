import { api } from './http';

/** A session's project as GET /v1/project/{session_id} answers it (docs/projects.md "REST"); never a secret value. */
export interface ProjectInfo {
  id: string;
  session_id: string;
  name: string;
  framework: string;
  directory: string;
  created_at: string;
  database: { source: string; name: string; role: string; host: string; port: number } | null;
  secret_names: string[];
}

export interface TableInfo {
  name: string;
  columns: { name: string; type: string; nullable: boolean }[];
  estimated_rows: number;
}

export interface RecordsPage {
  table: string;
  columns: string[];
  rows: Record<string, string | null>[];
  limit: number;
  offset: number;
  total: number;
}

export interface PhaseInfo {
  phase: string;
  started_at: string;
  finished_at: string | null;
  duration_ms: number;
  error: string | null;
}

/** A deployment (GET /v1/project/{project_id}/deployment and the socket's deploy events). */
export interface DeploymentInfo {
  id: string;
  project_id: string;
  deployment_status: string;
  subdomain: string | null;
  deployment_url: string | null;
  phases: PhaseInfo[];
  current_phase: string | null;
  failed_phase: string | null;
  error_message: string | null;
}

export interface Availability {
  subdomain: string;
  available: boolean;
  reason: string | null;
  message: string | null;
  url: string | null;
}

export interface Claim {
  subdomain: string;
  project_id: string;
  claimed_at: string;
  url: string;
}

const project = (id: string) => `/v1/project/${encodeURIComponent(id)}`;

export const Projects = {
  get: (sessionId: string) => api<ProjectInfo>(project(sessionId)),
  secretNames: (sessionId: string) => api<{ names: string[] }>(`${project(sessionId)}/secrets`),
  mergeSecrets: (sessionId: string, secrets: Record<string, string>) =>
    api<{ names: string[] }>(`${project(sessionId)}/secrets`, { method: 'POST', body: { secrets } }),
  removeSecrets: (sessionId: string, keys: string[]) =>
    api<{ names: string[] }>(`${project(sessionId)}/secrets`, { method: 'DELETE', body: { keys } }),
  schema: (projectId: string) => api<{ tables: TableInfo[] }>(`${project(projectId)}/database/schema`),
  records: (projectId: string, table: string, limit: number, offset: number) => api<RecordsPage>(
    `${project(projectId)}/database/records?${new URLSearchParams({ table, limit: String(limit), offset: String(offset) })}`),
  deployment: (projectId: string) => api<DeploymentInfo>(`${project(projectId)}/deployment`),
  undeploy: (projectId: string) => api<DeploymentInfo>(`${project(projectId)}/deployment`, { method: 'DELETE' }),
};

export const Subdomains = {
  check: (subdomain: string) =>
    api<Availability>('/v1/project/subdomains/check-availability', { method: 'POST', body: { subdomain } }),
  claim: (projectId: string, subdomain: string) =>
    api<Claim>('/v1/project/subdomains/claim', { method: 'POST', body: { project_id: projectId, subdomain } }),
};

/** Design mode (docs/projects.md, Design mode): the inert page, the model's plan for it, AI changes and reverts. */
export interface DesignPlanAnswer {
  operations: { op: string; design_id: string; property?: string | null; value?: string | null; text?: string | null }[];
  explanation: string;
}

export interface DesignChangeAnswer {
  success: boolean;
  file_path: string;
  old_html: string;
  new_html: string;
  checkpoint: string;
  commit: string;
}

export const Design = {
  page: (sessionId: string, port: number, path: string) => api<string>(
    `/v1/project/design/proxy?${new URLSearchParams({ session_id: sessionId, port: String(port), path })}`,
    { headers: { accept: 'text/html, application/problem+json' } }),
  plan: (body: Record<string, unknown>) =>
    api<DesignPlanAnswer>('/v1/project/design/ai-iframe-plan', { method: 'POST', body }),
  change: (body: Record<string, unknown>) =>
    api<DesignChangeAnswer>('/v1/project/design/ai-change', { method: 'POST', body }),
  revert: (sessionId: string, filePath: string, checkpoint: string) =>
    api<{ success: boolean; file_path: string; checkpoint: string; commit: string }>('/v1/project/design/revert',
      { method: 'POST', body: { session_id: sessionId, file_path: filePath, checkpoint } }),
};
