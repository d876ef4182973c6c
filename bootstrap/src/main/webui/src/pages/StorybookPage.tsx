import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { OwnerControls } from '../components/storybooks/OwnerControls';
import { StorybookReader } from '../components/storybooks/StorybookReader';
import { useStorybook } from '../components/storybooks/useStorybook';
import { t } from '../i18n';

/** `/storybooks/:storybookId`: the owner's reader with versions, downloads, publishing and edit mode. */
export default function StorybookPage() {
  const { storybookId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { book, progress, urls, error } = useStorybook(storybookId, false);
  const [index, setIndex] = useState(() => (location.state as { page?: number } | null)?.page ?? 0);
  const note = (location.state as { note?: string } | null)?.note ?? null;
  useEffect(() => { if (book && index >= book.page_count) setIndex(Math.max(0, book.page_count - 1)); }, [book, index]);
  const open = useCallback((id: string, saved?: string) =>
    navigate(`/storybooks/${id}`, { state: { page: index, note: saved } }), [navigate, index]);

  if (!book) {
    return error ? <p className="form-error" role="alert" data-testid="storybook-error">{error}</p>
      : <p className="muted" aria-busy="true">{t('storybook.loading')}</p>;
  }
  return (
    <div className="storybook-screen">
      {note && <p className="notice" role="status" data-testid="storybook-saved">{note}</p>}
      <StorybookReader book={book} urls={urls} progress={progress} index={index} onIndex={setIndex}>
        <OwnerControls book={book} pageNumber={index + 1} onOpen={open} />
      </StorybookReader>
    </div>
  );
}
