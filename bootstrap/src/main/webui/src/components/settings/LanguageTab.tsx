import { Auth } from '../../api/endpoints';
import { useAction, useLoad } from './useLoad';
import { locale, LOCALES, setLocale, t } from '../../i18n';

const LANGUAGES = [
  { id: 'en', label: 'English' }, { id: 'vi', label: 'Tiếng Việt' }, { id: 'hi', label: 'हिन्दी' }, { id: 'ja', label: '日本語' },
];

/** The interface language (this browser) and the language the agent answers in (stored on the profile). */
export function LanguageTab() {
  const [me, reload] = useLoad(() => Auth.me(), null);
  const act = useAction();
  return (
    <div className="stack">
      {me && <p className="muted">Signed in as {me.email} ({me.role})</p>}
      <label>{t('settings.uiLanguage')}
        <select data-testid="ui-language-select" value={locale()}
          onChange={(e) => { setLocale(e.target.value); window.location.reload(); }}>
          {LOCALES.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
        </select>
      </label>
      <label>{t('settings.answerLanguage')}
        <select data-testid="language-select" value={me?.language ?? 'en'}
          onChange={(e) => act(() => Auth.language(e.target.value), 'Language saved.').then(reload)}>
          {LANGUAGES.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
        </select>
      </label>
    </div>
  );
}
