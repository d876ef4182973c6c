/** Small readers for tool inputs and result displays (both arrive as loose JSON). */
export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value != null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : typeof value === 'object' ? '' : String(value);
}

export function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

/** The host of a URL ("example.org"), or the text itself when it is not one. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Only http(s) URLs become links or image sources in tool cards. */
export function httpUrl(url: unknown): string | null {
  const value = str(url);
  return /^https?:\/\//i.test(value) ? value : null;
}

/** A tool error for a person: the message, without stack frames or exception class prefixes. */
export function errorMessage(result: unknown): string {
  const r = obj(result);
  const text = typeof result === 'string' ? result : str(r.error) || str(r.message) || str(r.output) || '';
  const lines = text.split('\n').filter((l) => !/^\s+at\s|^\s*\.\.\.\s*\d+ more|^Caused by:/.test(l));
  return lines.join('\n').replace(/^([a-z]+\.)+[A-Za-z]*(Exception|Error):\s*/, '').trim();
}

/** "850 ms", "2.4 s", "1 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
