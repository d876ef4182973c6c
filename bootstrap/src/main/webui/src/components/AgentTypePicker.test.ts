import { describe, expect, it } from 'vitest';
import type { AgentTypeInfo } from '../api/endpoints';
import { initialChoice, pickerOrder } from './AgentTypePicker';

const types: AgentTypeInfo[] = [
  { id: 'general', name: 'General', description: 'Anything', available: true },
  { id: 'slide', name: 'Slides', description: 'Decks', available: false, unavailable_reason: 'issue #19' },
  { id: 'researcher', name: 'Researcher', description: 'Cited answers', available: true },
];

describe('agent type picker', () => {
  it('lists the available types first, keeping the catalogue order in each group', () => {
    expect(pickerOrder(types).map((t) => t.id)).toEqual(['general', 'researcher', 'slide']);
  });

  it('preselects general, keeps a runnable current choice and never an unavailable one', () => {
    expect(initialChoice(types)).toBe('general');
    expect(initialChoice(types, 'researcher')).toBe('researcher');
    expect(initialChoice(types, 'slide')).toBe('general');
    expect(initialChoice(types.filter((t) => t.id !== 'general'))).toBe('researcher');
    expect(initialChoice([])).toBeNull();
  });
});
