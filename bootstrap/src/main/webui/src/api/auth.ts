/**
 * The signed-in person's tokens. Kept in localStorage so a reload stays signed in; the access
 * token is refreshed silently shortly before it expires (and once after a 401). Refresh tokens
 * work once, so tabs take a Web Lock and re-read storage: only one tab exchanges a given token.
 */

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in?: number;
}

const KEY = 'ii-agent.tokens';
type Listener = (signedIn: boolean) => void;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<string | null> | null = null;

export function stored(): Tokens | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

export function accessToken(): string | null {
  return stored()?.access_token ?? null;
}

export function onAuthChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function save(tokens: Tokens) {
  localStorage.setItem(KEY, JSON.stringify({ access_token: tokens.access_token, refresh_token: tokens.refresh_token }));
  schedule();
  listeners.forEach((l) => l(true));
}

export function clear() {
  localStorage.removeItem(KEY);
  if (timer) clearTimeout(timer);
  listeners.forEach((l) => l(false));
}

/** Seconds until the access token expires (from its exp claim), or 0 when unknown. */
function secondsLeft(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return Math.max(0, payload.exp - Date.now() / 1000);
  } catch {
    return 0;
  }
}

export function schedule() {
  if (timer) clearTimeout(timer);
  const tokens = stored();
  if (!tokens || tokens.access_token.startsWith('ii_')) return;
  const wait = Math.max(5, secondsLeft(tokens.access_token) - 60) * 1000;
  timer = setTimeout(() => void refresh(), wait);
}

async function exchange(expected: string | undefined): Promise<string | null> {
  const current = stored();
  if (!current) return null;
  // Another tab refreshed meanwhile: use its tokens instead of reusing the old refresh token.
  if (expected && current.access_token !== expected) return current.access_token;
  const response = await fetch('/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refresh_token: current.refresh_token }),
  });
  if (!response.ok) {
    if (response.status === 401) clear();
    return null;
  }
  const tokens = (await response.json()) as Tokens;
  save(tokens);
  return tokens.access_token;
}

/** A fresh access token, or null when the session cannot be renewed (then the person is signed out). */
export function refresh(): Promise<string | null> {
  if (inflight) return inflight;
  const expected = stored()?.access_token;
  const run = () => exchange(expected);
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const work: Promise<string | null> = locks ? locks.request('ii-agent.refresh', run).then((token) => token) : run();
  const pending = work.catch(() => null).finally(() => { inflight = null; });
  inflight = pending;
  return pending;
}

export async function signOut() {
  const tokens = stored();
  clear();
  if (tokens) {
    await fetch('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: tokens.refresh_token }),
    }).catch(() => undefined);
  }
}
