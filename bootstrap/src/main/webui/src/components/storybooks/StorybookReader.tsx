import { useEffect, type ReactNode } from 'react';
import type { Storybook, StorybookPage, StorybookProgress } from '../../api/storybooks';
import { t } from '../../i18n';
import { isTyping, pageAfterKey } from './pageNavigation';

/**
 * A storybook version read page by page (docs/storybooks.md): the picture (or the page's background), the text and,
 * when the page has a voice-over, an audio player. Prev/next buttons and ←/→ (PageUp/PageDown, Home, End) turn the
 * pages; a page not made (yet) says so. The owner's controls (versions, downloads, editing) come in as children.
 */
export function StorybookReader({ book, urls, progress, index, onIndex, children }: {
  book: Storybook; urls: Record<string, string>; progress: StorybookProgress | null;
  index: number; onIndex: (index: number) => void; children?: ReactNode;
}) {
  const count = book.page_count;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const next = pageAfterKey(e.key, index, count);
      if (next !== null) { e.preventDefault(); onIndex(next); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, onIndex]);
  const page = book.pages.find((p) => p.page_number === index + 1);
  return (
    <section className="card storybook-reader" aria-label={book.title} data-testid="storybook-reader"
      data-storybook-id={book.id} data-version={book.version} data-status={book.status}>
      <header className="row storybook-head">
        <h1 data-testid="storybook-title">{book.title}</h1>
        <span className="muted">{t('storybook.byLine', { pages: count, style: book.style || '—' })}</span>
        <span className="badge" data-testid="storybook-version">{t('storybook.version', { n: book.version })}</span>
      </header>
      <MakingProgress book={book} progress={progress} />
      <div className="storybook-spread">
        {page ? <PageView page={page} urls={urls} /> : (
          <p className="muted storybook-pending" data-testid="storybook-page-pending">
            {t(book.status === 'generating' ? 'storybook.pageMaking' : 'storybook.pageNotMade', { n: index + 1 })}</p>
        )}
      </div>
      <nav className="row storybook-nav" aria-label={t('storybook.title')}>
        <button type="button" data-testid="storybook-prev" onClick={() => onIndex(Math.max(0, index - 1))}
          disabled={index === 0} aria-label={t('storybook.previous')}>←</button>
        <span data-testid="storybook-counter" aria-live="polite">{t('storybook.pageOf', { n: index + 1, total: count })}</span>
        <button type="button" data-testid="storybook-next" onClick={() => onIndex(Math.min(count - 1, index + 1))}
          disabled={index >= count - 1} aria-label={t('storybook.next')}>→</button>
        <span className="muted small">{t('storybook.keys')}</span>
      </nav>
      {children}
    </section>
  );
}

function PageView({ page, urls }: { page: StorybookPage; urls: Record<string, string> }) {
  const picture = page.image_asset_id ? urls[page.image_asset_id] : undefined;
  const background = page.background_asset_id ? urls[page.background_asset_id] : undefined;
  const audio = page.audio_asset_id ? urls[page.audio_asset_id] : undefined;
  return (
    <article className="storybook-page" data-testid="storybook-page" data-page={page.page_number}
      style={background ? { backgroundImage: `url("${background}")` } : undefined}>
      {picture ? <img src={picture} alt={t('storybook.picture', { n: page.page_number })} data-testid="storybook-image" />
        : <p className="muted">{t('storybook.noPicture')}</p>}
      <p className="storybook-text" data-testid="storybook-text">{page.text}</p>
      {page.audio_asset_id && (
        <audio controls src={audio} data-testid="storybook-audio" aria-label={t('storybook.voiceOver', { n: page.page_number })} />
      )}
    </article>
  );
}

/** While the pages are made: done/total as a bar; a failed or cancelled book says so. */
function MakingProgress({ book, progress }: { book: Storybook; progress: StorybookProgress | null }) {
  if (book.status === 'failed' || progress?.status === 'failed') {
    return <p className="form-error" role="alert" data-testid="storybook-failed">
      {t('storybook.failed', { error: progress?.error ?? progress?.note ?? book.status })}</p>;
  }
  if (book.status === 'cancelled') return <p className="muted" data-testid="storybook-cancelled">{t('storybook.cancelled')}</p>;
  if (book.status !== 'generating') return null;
  const done = progress?.pages_done ?? book.pages.length;
  const total = progress?.pages_total ?? book.page_count;
  return (
    <div className="storybook-progress" data-testid="storybook-progress" data-done={done} data-total={total}>
      <progress max={total} value={done} aria-label={t('storybook.progressLabel')} />
      <span>{t('storybook.progress', { done, total })}</span>
    </div>
  );
}
