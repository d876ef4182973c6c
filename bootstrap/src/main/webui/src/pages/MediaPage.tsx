import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Media, type MediaTemplateInfo } from '../api/endpoints';
import { errorText } from '../api/http';
import { useToasts } from '../components/Toasts';
import { templatePrompt } from '../components/media/mediaPrompt';
import { t } from '../i18n';

const FILTERS = [
  { id: '', label: 'media.all' },
  { id: 'image', label: 'media.images' },
  { id: 'video', label: 'media.videos' },
] as const;

/**
 * The media templates gallery (`/media`): the catalogue's templates, filtered by type; "Use"
 * starts a media session on the home screen with the template's first message filled in.
 */
export default function MediaPage() {
  const navigate = useNavigate();
  const toasts = useToasts();
  const [type, setType] = useState('');
  const [templates, setTemplates] = useState<MediaTemplateInfo[] | null>(null);

  useEffect(() => {
    setTemplates(null);
    Media.templates(type || undefined).then((page) => setTemplates(page.items))
      .catch((e) => { setTemplates([]); toasts.show('error', errorText(e)); });
  }, [type, toasts]);

  return (
    <section className="page media-gallery">
      <h1>{t('media.title')}</h1>
      <p className="muted">{t('media.lead')}</p>
      <div className="media-filters" role="group" aria-label={t('media.filter')}>
        {FILTERS.map((filter) => (
          <button key={filter.id || 'all'} type="button" className={type === filter.id ? 'primary' : ''}
            aria-pressed={type === filter.id} data-testid={`media-filter-${filter.id || 'all'}`}
            onClick={() => setType(filter.id)}>{t(filter.label)}</button>
        ))}
      </div>
      {templates == null ? <p className="muted" aria-busy="true">{t('home.loading')}</p> : (
        <ul className="media-templates">
          {templates.map((template) => (
            <li key={template.id} className="media-template" data-testid="media-template" data-type={template.type}
              data-id={template.id}>
              <div className="media-template-head">
                <h2>{template.name}</h2>
                <span className="badge">{template.type}</span>
                <span className="badge">{template.aspect_ratio}</span>
              </div>
              <p className="muted">{template.description}</p>
              <p className="media-template-prompt small">{template.prompt}</p>
              <button type="button" className="primary" data-testid="media-template-use"
                aria-label={t('media.useNamed', { name: template.name })}
                onClick={() => navigate('/', { state: { media: { prompt: templatePrompt(template) } } })}>
                {t('media.use')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
