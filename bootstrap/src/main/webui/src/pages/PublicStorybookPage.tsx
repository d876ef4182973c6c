import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { StorybookReader } from '../components/storybooks/StorybookReader';
import { useStorybook } from '../components/storybooks/useStorybook';
import { ThemeToggle } from '../components/ThemeToggle';
import { t } from '../i18n';

/** `/public/storybooks/:storybookId`: a published storybook for anyone, read-only; anything else says it is not there. */
export default function PublicStorybookPage() {
  const { storybookId = '' } = useParams();
  const { book, urls, error, missing } = useStorybook(storybookId, true);
  const [index, setIndex] = useState(0);
  return (
    <div className="public" data-testid="storybook-public">
      <header className="topbar">
        <span className="brand">II-Agent</span>
        <span className="muted">{t('storybook.title')}</span>
        <span className="spacer" />
        <ThemeToggle />
        <Link to="/">Open the app</Link>
      </header>
      <main className="public-main">
        {book ? <StorybookReader book={book} urls={urls} progress={null} index={index} onIndex={setIndex} />
          : missing ? <p className="form-error" role="alert" data-testid="storybook-public-missing">{t('storybook.publicMissing')}</p>
            : error ? <p className="form-error" role="alert">{error}</p>
              : <p className="muted" aria-busy="true">{t('storybook.loading')}</p>}
      </main>
    </div>
  );
}
