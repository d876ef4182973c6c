import { formatDateTime, formatNumber } from '../i18n';

function toNumber(value: number | string | null | undefined): number {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Credits as the product rounds them (run cost, balances outside the credits page): two decimals,
 * in the interface locale; an amount above zero that would round to 0.00 shows as "<0.01".
 */
export function formatCredits(value: number | string | null | undefined): string {
  const n = toNumber(value);
  if (n > 0 && n < 0.005) return `<${formatNumber(0.01, { min: 2, max: 2 })}`;
  return formatNumber(n, { min: 2, max: 2 });
}

/** Exact credits (the credits page): up to four decimals, no trailing zeros. */
export function formatCreditsExact(value: number | string | null | undefined): string {
  return formatNumber(toNumber(value), { min: 0, max: 4 });
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatDateTime(date);
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
