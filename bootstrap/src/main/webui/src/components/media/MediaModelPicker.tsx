import { useEffect, useState } from 'react';
import { Media, type MediaModelInfo } from '../../api/endpoints';
import { formatCredits } from '../format';
import { t } from '../../i18n';
import type { MediaModelChoice } from './mediaPrompt';

interface Props {
  value: MediaModelChoice;
  onChange: (choice: MediaModelChoice) => void;
  disabled?: boolean;
}

/** The image and video models on offer with their prices and an offline badge; the choice applies to new media sessions. */
export function MediaModelPicker({ value, onChange, disabled }: Props) {
  const [models, setModels] = useState<Record<'image' | 'video', MediaModelInfo[] | null>>({ image: null, video: null });
  useEffect(() => {
    for (const kind of ['image', 'video'] as const) {
      Media.models(kind).then((list) => setModels((all) => ({ ...all, [kind]: list.models })))
        .catch(() => setModels((all) => ({ ...all, [kind]: [] })));
    }
  }, []);
  return (
    <fieldset className="media-models" disabled={disabled} data-testid="media-model-picker">
      <legend>{t('media.models')}</legend>
      {(['image', 'video'] as const).map((kind) => (
        <div key={kind} className="media-model-kind">
          <span className="media-model-label">{kind === 'image' ? t('media.imageModel') : t('media.videoModel')}</span>
          {models[kind] == null ? <span className="muted" aria-busy="true">{t('home.loading')}</span> : (
            <ul className="media-model-list">
              {[null, ...models[kind]!].map((model) => {
                const id = model?.id ?? '';
                const chosen = (value[kind] ?? '') === id;
                return (
                  <li key={id || 'default'}>
                    <label className={`media-model ${chosen ? 'chosen' : ''} ${model && !model.available ? 'unavailable' : ''}`}
                      data-testid={`media-model-${kind}-${id || 'default'}`}
                      title={model && !model.available ? model.unavailable_reason : undefined}>
                      <input type="radio" name={`media-model-${kind}`} value={id} checked={chosen}
                        disabled={model != null && !model.available}
                        onChange={() => onChange({ ...value, [kind]: model ? model.id : undefined })} />
                      <span className="media-model-name">{model ? model.display_name : t('media.defaultModel')}</span>
                      {model?.offline && <span className="badge" data-testid="media-model-offline">{t('media.offline')}</span>}
                      {model && (
                        <span className="muted small" data-testid="media-model-price">
                          {t('media.price', { credits: formatCredits(model.price.credits), per: model.price.per })}
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ))}
    </fieldset>
  );
}
