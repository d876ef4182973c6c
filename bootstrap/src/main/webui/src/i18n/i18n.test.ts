import { describe, expect, it } from 'vitest';
import { formatCredits, formatCreditsExact } from '../components/format';
import { de } from './de';
import { en } from './en';
import { relativeTime, t } from './index';

describe('message catalogue', () => {
  it('German has every English key (the second locale is complete)', () => {
    expect(Object.keys(en).filter((k) => !(k in de))).toEqual([]);
  });

  it('fills placeholders and falls back to the key name for nothing', () => {
    expect(t('tool.exitCode', { code: 3 })).toBe('exit 3');
    expect(t('home.remove', { name: 'a.txt' })).toBe('Remove a.txt');
  });

  it('keeps placeholders identical across locales', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(de)) expect(names(text!), key).toEqual(names(en[key as keyof typeof en]));
  });
});

describe('numbers and times by locale (English here)', () => {
  it('credits: two decimals as the product rounds; exact on the credits page', () => {
    expect(formatCredits(1.23456)).toBe('1.23');
    expect(formatCredits('2')).toBe('2.00');
    expect(formatCredits(0.0004)).toBe('<0.01');
    expect(formatCredits(0)).toBe('0.00');
    expect(formatCreditsExact(1.23456)).toBe('1.2346');
    expect(formatCreditsExact(1234.5)).toBe('1,234.5');
  });

  it('relative times', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    expect(relativeTime(new Date('2026-01-10T11:57:00Z'), now)).toBe('3 minutes ago');
    expect(relativeTime(new Date('2026-01-09T12:00:00Z'), now)).toBe('yesterday');
    expect(relativeTime(new Date('2026-01-10T11:59:50Z'), now)).toBe('just now');
  });
});
