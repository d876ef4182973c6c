import { Link } from 'react-router';
import { storybookIdOf } from '../../api/storybooks';
import { t } from '../../i18n';

/** Under a generate_storybook result: a link that opens the book in the reader (nothing when no id is in it). */
export function StorybookLink({ result }: { result: unknown }) {
  const id = storybookIdOf(result);
  if (!id) return null;
  return (
    <Link className="button storybook-link" to={`/storybooks/${id}`} data-testid="storybook-open">
      {t('storybook.open')}</Link>
  );
}
