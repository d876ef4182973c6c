import { useEffect, useState } from 'react';
import { errorText } from '../../api/http';
import { Storybooks, type Storybook } from '../../api/storybooks';
import { t } from '../../i18n';

/**
 * Edit mode for one page: its text, an AI rewrite of it (as an optional instruction says; unsaved text is what gets
 * rewritten), a new picture from the page's scene or from a prompt, a background uploaded or generated from a prompt.
 * Every edit makes a new version of the book, which {@code onSaved} opens.
 */
export function PageEditor({ book, pageNumber, onSaved }: {
  book: Storybook; pageNumber: number; onSaved: (next: Storybook) => void;
}) {
  const page = book.pages.find((p) => p.page_number === pageNumber);
  const [text, setText] = useState(page?.text ?? '');
  const [instruction, setInstruction] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setText(page?.text ?? ''); setError(null); }, [page?.page_id, page?.text]);
  if (!page) return null;

  const edit = async (change: () => Promise<Storybook>) => {
    setBusy(true); setError(null);
    try { onSaved(await change()); } catch (e) { setError(errorText(e)); } finally { setBusy(false); }
  };
  return (
    <form className="storybook-editor" data-testid="storybook-editor" aria-busy={busy}
      onSubmit={(e) => { e.preventDefault(); void edit(() => Storybooks.editText(book.id, pageNumber, text)); }}>
      <label className="stack">{t('storybook.text', { n: pageNumber })}
        <textarea data-testid="storybook-edit-text" rows={4} value={text} maxLength={5000}
          onChange={(e) => setText(e.target.value)} /></label>
      <div className="row">
        <button type="submit" className="primary" data-testid="storybook-save-text"
          disabled={busy || !text.trim() || text === page.text}>{t('storybook.saveText')}</button>
        <button type="button" data-testid="storybook-regenerate" disabled={busy}
          onClick={() => void edit(() => Storybooks.regenerate(book.id, pageNumber))}>{t('storybook.regenerate')}</button>
        <label className="button">{t('storybook.background')}
          <input type="file" accept="image/png,image/jpeg,image/webp,image/gif" className="visually-hidden"
            data-testid="storybook-upload-background" disabled={busy} onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void edit(() => Storybooks.uploadBackground(book.id, pageNumber, file));
            }} /></label>
        {busy && <span className="muted">{t('storybook.working')}</span>}
      </div>
      <div className="row">
        <label className="row">{t('storybook.instruction')}{' '}
          <input data-testid="storybook-rewrite-instruction" value={instruction} maxLength={2000} size={30}
            placeholder={t('storybook.instructionHint')} onChange={(e) => setInstruction(e.target.value)} /></label>
        <button type="button" data-testid="storybook-ai-rewrite" disabled={busy || !text.trim()}
          onClick={() => void edit(() => Storybooks.aiRewrite(book.id, pageNumber, instruction.trim(),
            text === page.text ? undefined : text))}>{t('storybook.aiRewrite')}</button>
      </div>
      <PictureByPrompt busy={busy} onPicture={(prompt) => void edit(() => Storybooks.aiRegenerateImage(book.id, pageNumber,
        prompt || undefined))} onBackground={(prompt) => void edit(() => Storybooks.aiGenerateBackground(book.id, pageNumber,
        prompt))} />
      {error && <p className="form-error" role="alert" data-testid="storybook-edit-error">{error}</p>}
    </form>
  );
}

/**
 * A picture prompt for the page: a new illustration by the image model (the page's scene when the prompt is empty) or a
 * generated background (the prompt is required); each is billed and makes a new version.
 */
function PictureByPrompt({ busy, onPicture, onBackground }: {
  busy: boolean; onPicture: (prompt: string) => void; onBackground: (prompt: string) => void;
}) {
  const [prompt, setPrompt] = useState('');
  const wanted = prompt.trim();
  return (
    <div className="row storybook-ai-picture">
      <label className="row">{t('storybook.picturePrompt')}{' '}
        <input data-testid="storybook-ai-prompt" value={prompt} maxLength={2000} size={30}
          placeholder={t('storybook.picturePromptHint')} onChange={(e) => setPrompt(e.target.value)} /></label>
      <button type="button" data-testid="storybook-ai-image" disabled={busy}
        onClick={() => onPicture(wanted)}>{t('storybook.aiImage')}</button>
      <button type="button" data-testid="storybook-ai-background" disabled={busy || !wanted}
        onClick={() => onBackground(wanted)}>{t('storybook.aiBackground')}</button>
    </div>
  );
}
