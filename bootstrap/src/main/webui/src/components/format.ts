/** Credits as shown everywhere (run cost, balance, usage): up to 4 decimals, no trailing zeros. */
export function formatCredits(value: number | string | null | undefined): string {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  if (!Number.isFinite(n)) return '0';
  return String(Number(n.toFixed(4)));
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

/** "offline demo model" must be unmistakable wherever a model is named. */
export const OFFLINE_LABEL = 'offline demo model';

export function pretty(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}
