import { describe, expect, it } from 'vitest';
import { templatePrompt, withModelChoice } from './mediaPrompt';

const still = { id: 'cinematic-still', name: 'Cinematic still', type: 'image' as const, category: 'photography',
  description: 'A wide film still', prompt: 'Cinematic wide shot of {subject}', aspect_ratio: '16:9' };

describe('media prompts', () => {
  it('a template starts a message naming it, with one file of its kind', () => {
    expect(templatePrompt(still, 'a harbour')).toBe('template: cinematic-still\nimage: a harbour -> images/cinematic-still.png');
    expect(templatePrompt({ ...still, id: 'drone-flyover', type: 'video' }))
      .toBe('template: drone-flyover\nvideo: your subject -> clips/drone-flyover.mp4');
  });

  it('adds a line per chosen model and nothing for the server default', () => {
    expect(withModelChoice('image: a cat -> c.png', {})).toBe('image: a cat -> c.png');
    expect(withModelChoice('x', { image: 'gpt-image-1', video: 'offline-video' }))
      .toBe('x\nimage model: gpt-image-1\nvideo model: offline-video');
  });
});
