import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { pageAssets, progressOf, storybookIdOf, type Storybook } from '../../api/storybooks';
import { takeEvents } from '../../api/sseFile';
import { VoiceAndCancel } from './OwnerControls';
import { PageEditor } from './PageEditor';
import { isTyping, pageAfterKey } from './pageNavigation';
import { StorybookReader } from './StorybookReader';
import { StorybookLink } from './StorybookLink';
import { StorybookCard } from './StorybookCard';
import { toolCardFor } from '../tools/registry';

const ID = '0b6f2a52-6b1e-4b7e-9d0c-2f4a9c1e7d10';

const book = (over: Partial<Storybook> = {}): Storybook => ({
  id: ID, session_id: 's', title: 'The Fox', style: 'watercolour', root_id: ID, parent_id: null, version: 2,
  page_count: 3, status: 'ready', voice_over: true, published: false, created_at: '2026-01-10T12:00:00Z',
  pages: [
    { page_number: 1, page_id: 'p1', text: 'A fox wakes up.', scene: 'A fox wakes up.', image_asset_id: 'img1',
      audio_asset_id: 'aud1', background_asset_id: null },
    { page_number: 2, page_id: 'p2', text: 'It finds a key.', scene: 'It finds a key.', image_asset_id: 'img2',
      audio_asset_id: null, background_asset_id: 'img1' },
  ],
  ...over,
});

describe('storybook reader helpers', () => {
  it('turns pages with arrows, PageUp/PageDown, Home and End, never past either end', () => {
    expect(pageAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(pageAfterKey('ArrowRight', 2, 3)).toBe(2);
    expect(pageAfterKey('ArrowLeft', 0, 3)).toBe(0);
    expect(pageAfterKey('PageUp', 2, 3)).toBe(1);
    expect(pageAfterKey('End', 0, 3)).toBe(2);
    expect(pageAfterKey('Home', 2, 3)).toBe(0);
    expect(pageAfterKey('a', 1, 3)).toBeNull();
  });

  it('leaves keys typed into fields alone', () => {
    expect(isTyping({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it('collects each picture, background and voice-over asset once', () => {
    expect(pageAssets(book())).toEqual(['img1', 'aud1', 'img2']);
  });

  it('finds the book id in the tool display or in its text, and nothing in other text', () => {
    expect(storybookIdOf({ kind: 'storybook', storybook_id: ID })).toBe(ID);
    expect(storybookIdOf(`Started the storybook "The Fox" (3 pages, id ${ID}); its pages are being made`)).toBe(ID);
    expect(storybookIdOf('no book here')).toBeNull();
    expect(storybookIdOf(null)).toBeNull();
  });
});

describe('storybook reader', () => {
  const render = (b: Storybook, index: number) => renderToStaticMarkup(
    <StorybookReader book={b} urls={{ img1: '/v1/storage/a', aud1: '/v1/storage/b', img2: '/v1/storage/c' }}
      progress={b.status === 'generating' ? { status: 'generating', pages_done: 2, pages_total: 3, note: null,
        finished: false, error: null } : null} index={index} onIndex={() => {}} />);

  it('shows the page picture, text, counter and an audio player when the page has a voice-over', () => {
    const html = render(book(), 0);
    expect(html).toContain('Page 1 of 3');
    expect(html).toContain('A fox wakes up.');
    expect(html).toContain('src="/v1/storage/a"');
    expect(html).toContain('data-testid="storybook-audio"');
    expect(html).toContain('aria-label="Voice-over of page 1"');
  });

  it('has no audio player on a page without voice-over, and says a page not made yet is coming', () => {
    expect(render(book(), 1)).not.toContain('storybook-audio');
    const making = render(book({ status: 'generating' }), 2);
    expect(making).toContain('Page 3 is being made');
    expect(making).toContain('2 of 3 pages made');
    expect(making).toMatch(/<progress[^>]*max="3"[^>]*value="2"/);
  });

  it('says a page of a cancelled book was not made, not that it is coming', () => {
    const cancelled = render(book({ status: 'cancelled' }), 2);
    expect(cancelled).toContain('Making the book was cancelled.');
    expect(cancelled).toContain('Page 3 was not made.');
    expect(cancelled).not.toContain('is being made');
  });

  it('says when making the book failed', () => {
    expect(render(book({ status: 'failed' }), 0)).toContain('Making the book failed');
  });

  it('is the card of generate_storybook in the session timeline', () => {
    expect(toolCardFor('generate_storybook')).toBe(StorybookCard);
  });

  it('links a generate_storybook result to the reader', () => {
    const html = renderToStaticMarkup(<MemoryRouter><StorybookLink result={{ storybook_id: ID }} /></MemoryRouter>);
    expect(html).toContain(`href="/storybooks/${ID}"`);
    expect(renderToStaticMarkup(<MemoryRouter><StorybookLink result="failed" /></MemoryRouter>)).toBe('');
  });
});

describe('storybook progress stream', () => {
  it('splits complete events off the buffer and keeps the unfinished tail', () => {
    const { events, rest } = takeEvents('event: progress\ndata: {"done":1,"total":3,"status":"generating"}\n\n'
      + 'event: complete\r\ndata: {"done":3,"total":3,"status":"ready"}\r\n\nevent: progr');
    expect(events).toEqual([
      { name: 'progress', payload: { done: 1, total: 3, status: 'generating' } },
      { name: 'complete', payload: { done: 3, total: 3, status: 'ready' } },
    ]);
    expect(rest).toBe('event: progr');
  });

  it('turns progress and complete into snapshots, finished only at complete', () => {
    expect(progressOf({ name: 'progress', payload: { done: 1, total: 3, status: 'generating' } }))
      .toEqual({ status: 'generating', pages_done: 1, pages_total: 3, note: null, finished: false, error: null });
    expect(progressOf({ name: 'complete', payload: { done: 3, total: 3, status: 'ready' } }).finished).toBe(true);
  });

  it('ends a failed or cancelled book, but reads on after a timed-out stream', () => {
    const failed = progressOf({ name: 'error', payload: { code: 'storybook_generation_failed', message: 'no picture' } });
    expect(failed).toMatchObject({ status: 'failed', finished: true, error: 'no picture' });
    expect(progressOf({ name: 'error', payload: { code: 'storybook_cancelled', message: 'x' } }))
      .toMatchObject({ status: 'cancelled', finished: true });
    expect(progressOf({ name: 'error', payload: { code: 'storybook_progress_timeout', message: 'x' } }))
      .toMatchObject({ status: 'generating', finished: false, error: null });
  });
});

describe('storybook owner tools', () => {
  it('offers an AI rewrite with an optional instruction in edit mode', () => {
    const html = renderToStaticMarkup(<PageEditor book={book()} pageNumber={1} onSaved={() => {}} />);
    expect(html).toContain('data-testid="storybook-ai-rewrite"');
    expect(html).toContain('AI rewrite');
    expect(html).toContain('data-testid="storybook-rewrite-instruction"');
  });

  it('offers an AI picture (prompt optional) and an AI background (prompt required) in edit mode', () => {
    const html = renderToStaticMarkup(<PageEditor book={book()} pageNumber={1} onSaved={() => {}} />);
    expect(html).toContain('data-testid="storybook-ai-prompt"');
    expect(html).toMatch(/<button[^>]*data-testid="storybook-ai-image"[^>]*>AI picture/);
    expect(html).not.toMatch(/<button[^>]*data-testid="storybook-ai-image"[^>]*disabled/);
    expect(html).toMatch(/<button[^>]*data-testid="storybook-ai-background"[^>]*disabled=""[^>]*>AI background/);
  });

  it('offers voice-over for a ready book and cancelling only while it is being made', () => {
    const ready = renderToStaticMarkup(<VoiceAndCancel book={book()} onOpen={() => {}} onError={() => {}} />);
    expect(ready).toMatch(/<button[^>]*data-testid="storybook-voice"[^>]*>Add voice-over/);
    expect(ready).not.toContain('storybook-cancel');
    const making = renderToStaticMarkup(
      <VoiceAndCancel book={book({ status: 'generating' })} onOpen={() => {}} onError={() => {}} />);
    expect(making).toContain('data-testid="storybook-cancel"');
    expect(making).toMatch(/<button[^>]*data-testid="storybook-voice"[^>]*disabled=""/);
  });
});
