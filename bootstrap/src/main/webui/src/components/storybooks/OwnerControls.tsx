import { useEffect, useState } from 'react';
import { errorText } from '../../api/http';
import { saveBlob, type StreamedFile } from '../../api/sseFile';
import { Storybooks, type Storybook } from '../../api/storybooks';
import { formatDateTime, t } from '../../i18n';
import { PageEditor } from './PageEditor';

/**
 * The owner's tools under the reader: the versions of the book (picking one opens it), downloads (whole book as
 * PDF or PNG ZIP with a progress bar, the page as PDF or PNG), publishing with the public link, edit mode, voice-over
 * of the whole book (a new version, being made) and cancelling a book being made.
 */
export function OwnerControls({ book, pageNumber, onOpen }: {
  book: Storybook; pageNumber: number; onOpen: (id: string, note?: string) => void;
}) {
  const [versions, setVersions] = useState<Storybook[]>([]);
  const [editing, setEditing] = useState(false);
  const [published, setPublished] = useState(book.published);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPublished(book.published);
    Storybooks.versions(book.id).then(setVersions).catch((e) => setError(errorText(e)));
  }, [book.id, book.published]);
  const ready = book.status === 'ready';
  const publicUrl = `${window.location.origin}/public/storybooks/${book.id}`;

  const togglePublished = async () => {
    try { setPublished((await Storybooks.publish(book.id, !published)).published); } catch (e) { setError(errorText(e)); }
  };

  return (
    <div className="storybook-tools">
      <label className="row">{t('storybook.versions')}{' '}
        <select data-testid="storybook-versions" value={book.id} onChange={(e) => onOpen(e.target.value)}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>{t('storybook.version', { n: v.version })} · {formatDateTime(new Date(v.created_at))}</option>
          ))}
        </select>
      </label>
      <Downloads book={book} pageNumber={pageNumber} disabled={!ready} />
      <div className="row">
        <button type="button" data-testid="storybook-publish" aria-pressed={published} onClick={() => void togglePublished()}>
          {published ? t('storybook.unpublish') : t('storybook.publish')}</button>
        {published && (
          <label className="row">{t('storybook.publicLink')}{' '}
            <input readOnly value={publicUrl} data-testid="storybook-public-link" size={40} /></label>
        )}
        <button type="button" data-testid="storybook-edit" aria-expanded={editing} disabled={!ready}
          onClick={() => setEditing(!editing)}>{editing ? t('storybook.editDone') : t('storybook.edit')}</button>
      </div>
      <VoiceAndCancel book={book} onOpen={onOpen} onError={setError} />
      {editing && ready && <PageEditor book={book} pageNumber={pageNumber}
        onSaved={(next) => onOpen(next.id, t('storybook.newVersion', { n: next.version }))} />}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}

function Downloads({ book, pageNumber, disabled }: { book: Storybook; pageNumber: number; disabled: boolean }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (make: () => Promise<StreamedFile>) => {
    setError(null); setNote(null);
    try {
      const file = await make();
      saveBlob(file);
      setNote(t('storybook.downloaded', { name: file.filename }));
    } catch (e) { setError(errorText(e)); } finally { setProgress(null); }
  };
  const whole = (format: 'pdf' | 'png') => run(() => {
    setProgress({ done: 0, total: book.page_count });
    return Storybooks.downloadBook(book.id, format, (done, total) => setProgress({ done, total }));
  });
  return (
    <div className="row storybook-downloads" role="group" aria-label={t('storybook.downloads')}>
      <button type="button" data-testid="storybook-download-pdf" disabled={disabled} onClick={() => void whole('pdf')}>
        {t('storybook.downloadPdf')}</button>
      <button type="button" data-testid="storybook-download-png" disabled={disabled} onClick={() => void whole('png')}>
        {t('storybook.downloadPng')}</button>
      <button type="button" data-testid="storybook-download-page-pdf" disabled={disabled}
        onClick={() => void run(() => Storybooks.downloadPage(book.id, pageNumber, 'pdf'))}>{t('storybook.downloadPagePdf')}</button>
      <button type="button" data-testid="storybook-download-page-png" disabled={disabled}
        onClick={() => void run(() => Storybooks.downloadPage(book.id, pageNumber, 'png'))}>{t('storybook.downloadPagePng')}</button>
      {progress && (
        <progress data-testid="storybook-download-progress" max={progress.total} value={progress.done}
          aria-label={t('storybook.downloading')} />
      )}
      {note && <span className="muted" data-testid="storybook-download-done">{note}</span>}
      {error && <span className="form-error" role="alert" data-testid="storybook-download-error">{error}</span>}
    </div>
  );
}

/** The offline voice's languages (docs/storybooks.md `.../voice`); providers speak the text's own. */
const VOICE_LANGUAGES = ['en', 'fr', 'pt-br'];

/** Voice-over of the whole book in a chosen voice language, and stopping a book being made. */
export function VoiceAndCancel({ book, onOpen, onError }: {
  book: Storybook; onOpen: (id: string, note?: string) => void; onError: (message: string) => void;
}) {
  const [language, setLanguage] = useState('en');
  const [busy, setBusy] = useState(false);
  const [cancelled, setCancelled] = useState<boolean | null>(null);
  useEffect(() => setCancelled(null), [book.id]);
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try { await action(); } catch (e) { onError(errorText(e)); } finally { setBusy(false); }
  };
  const voice = () => act(async () => {
    const next = await Storybooks.voice(book.id, language);
    onOpen(next.id, t('storybook.voiceStarted', { n: next.version }));
  });
  return (
    <div className="row">
      <label className="row">{t('storybook.voiceLanguage')}{' '}
        <select data-testid="storybook-voice-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          {VOICE_LANGUAGES.map((l) => <option key={l} value={l}>{l}</option>)}
        </select></label>
      <button type="button" data-testid="storybook-voice" disabled={busy || book.status !== 'ready'}
        onClick={() => void voice()}>{t('storybook.voice')}</button>
      {book.status === 'generating' && (
        <button type="button" className="danger" data-testid="storybook-cancel" disabled={busy || cancelled === true}
          onClick={() => void act(async () => setCancelled(await Storybooks.cancel(book.id)))}>{t('storybook.cancel')}</button>
      )}
      {cancelled === false && <span className="muted" data-testid="storybook-cancel-none">{t('storybook.cancelNone')}</span>}
    </div>
  );
}
