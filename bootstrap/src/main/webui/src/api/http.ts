import { accessToken, refresh } from './auth';

/** A problem+json answer (docs/architecture.md#errors) as an exception with its stable code. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

interface Options {
  method?: string;
  body?: unknown;
  /** Raw body (file upload); sent as is. */
  raw?: BodyInit;
  headers?: Record<string, string>;
  auth?: boolean;
}

async function send(path: string, options: Options, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token && options.auth !== false) headers.authorization = `Bearer ${token}`;
  return fetch(path, {
    method: options.method ?? (options.body !== undefined || options.raw ? 'POST' : 'GET'),
    headers,
    body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
}

async function problem(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = response.statusText || 'Request failed';
  try {
    const body = await response.json();
    code = body.code ?? code;
    message = body.detail ?? body.title ?? body.message ?? message;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, code, message);
}

/** Calls the REST API with the access token; after a 401 the token is refreshed once and the call repeated. */
export async function api<T>(path: string, options: Options = {}): Promise<T> {
  let response = await send(path, options, accessToken());
  if (response.status === 401 && options.auth !== false && accessToken()) {
    const fresh = await refresh();
    if (fresh) response = await send(path, options, fresh);
  }
  if (!response.ok) throw await problem(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message || error.code;
  if (error instanceof Error) return error.message;
  return String(error);
}
