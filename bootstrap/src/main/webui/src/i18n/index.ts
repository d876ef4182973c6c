import { en, type MessageKey } from './en';
import { de } from './de';

/**
 * The interface's message catalogue: `t('key', {name: 'x'})` looks the key up in the chosen
 * locale, falls back to English, and fills `{name}` placeholders. Dates and numbers are formatted
 * with the same locale through Intl. The locale is the stored choice (Settings → Language), else
 * the browser's language when there is a catalogue for it, else English.
 */
const CATALOGUES: Record<string, Partial<Record<MessageKey, string>>> = { en, de };
export const LOCALES = [{ id: 'en', label: 'English' }, { id: 'de', label: 'Deutsch' }] as const;
const KEY = 'ii-agent.locale';

function pick(): string {
  try {
    const chosen = localStorage.getItem(KEY);
    if (chosen && CATALOGUES[chosen]) return chosen;
  } catch { /* storage unavailable */ }
  const browser = (typeof navigator !== 'undefined' ? navigator.language : 'en').slice(0, 2).toLowerCase();
  return CATALOGUES[browser] ? browser : 'en';
}

let current = pick();

export function locale(): string {
  return current;
}

/** Chooses the interface language (stored); the page reloads so every screen picks it up. */
export function setLocale(id: string) {
  localStorage.setItem(KEY, id);
  current = CATALOGUES[id] ? id : 'en';
  document.documentElement.lang = current;
}

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const text = CATALOGUES[current]?.[key] ?? en[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export function formatNumber(value: number, digits: { min?: number; max?: number } = {}): string {
  return new Intl.NumberFormat(current, { minimumFractionDigits: digits.min ?? 0, maximumFractionDigits: digits.max ?? 2 })
    .format(value);
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600], ['month', 30 * 24 * 3600], ['week', 7 * 24 * 3600], ['day', 24 * 3600], ['hour', 3600], ['minute', 60],
];

/** "3 minutes ago", "yesterday", "just now" in the chosen locale. */
export function relativeTime(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return t('time.justNow');
}

if (typeof document !== 'undefined') document.documentElement.lang = current;
