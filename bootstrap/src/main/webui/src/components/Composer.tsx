import { useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from './icons';
import { t } from '../i18n';
import { driveFileIds } from './connectors/connectorsApi';

export interface Attachment { id: string; name: string }

interface Props {
  running: boolean;
  disabled: boolean;
  attachments: Attachment[];
  uploading: boolean;
  onSend: (text: string, mode: 'query' | 'plan') => void;
  onStop: () => void;
  onAttach: (files: FileList) => void;
  onRemoveAttachment: (id: string) => void;
  /** Imports Google Drive files by id (offered when the user connected Drive). */
  onImportDrive?: (fileIds: string[]) => Promise<unknown>;
}

/** Text and attachments; Enter sends, Shift+Enter is a new line; Stop while a run is active. */
export function Composer({ running, disabled, attachments, uploading, onSend, onStop, onAttach, onRemoveAttachment,
  onImportDrive }: Props) {
  const [text, setText] = useState('');
  const [drive, setDrive] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const send = (mode: 'query' | 'plan') => {
    if (!text.trim() || disabled || running || uploading) return;
    onSend(text.trim(), mode);
    setText('');
  };
  const keys = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send('query');
    }
  };
  return (
    <div className="composer">
      {attachments.length > 0 && (
        <ul className="attachments" aria-label={t('composer.attachments')}>
          {attachments.map((a) => (
            <li key={a.id}><Icon name="clip" size={13} /> {a.name}
              <button type="button" className="icon" aria-label={t('composer.remove', { name: a.name })} onClick={() => onRemoveAttachment(a.id)}>×</button>
            </li>
          ))}
        </ul>
      )}
      {onImportDrive && drive !== null && (
        <div className="row" data-testid="composer-drive-picker">
          <textarea rows={2} className="grow" data-testid="composer-drive-links" aria-label={t('composer.driveLinks')}
            placeholder={t('composer.driveLinks')} value={drive} onChange={(e) => setDrive(e.target.value)} />
          <button type="button" data-testid="composer-drive-import" disabled={uploading || !drive.trim()}
            onClick={() => { const ids = driveFileIds(drive); if (ids.length) void onImportDrive(ids).then(() => setDrive(null)); }}>
            {t('composer.driveImport')}</button>
        </div>
      )}
      <label className="visually-hidden" htmlFor="composer-input">{t('composer.message')}</label>
      <textarea id="composer-input" data-testid="composer-input" rows={3} value={text} disabled={disabled}
        placeholder={t('composer.placeholder')}
        onChange={(e) => setText(e.target.value)} onKeyDown={keys} />
      <div className="composer-bar">
        <label className="button attach" title={t('composer.attachFiles')}>
          <Icon name="clip" /> {t('composer.attach')}
          <input ref={fileInput} type="file" multiple data-testid="composer-attach" className="visually-hidden"
            aria-label={t('composer.attachFiles')} onChange={(e) => { if (e.target.files?.length) onAttach(e.target.files); e.target.value = ''; }} />
        </label>
        {onImportDrive && (
          <button type="button" data-testid="composer-drive" onClick={() => setDrive(drive === null ? '' : null)}>
            {t('composer.drive')}</button>
        )}
        {uploading && <span className="muted">{t('composer.uploading')}</span>}
        <span className="spacer" />
        <button type="button" data-testid="composer-plan" disabled={disabled || running || !text.trim()}
          onClick={() => send('plan')} title={t('composer.planTitle')}>{t('composer.plan')}</button>
        {running ? (
          <button type="button" className="danger" data-testid="composer-stop" onClick={onStop}><Icon name="stop" filled size={12} /> {t('composer.stop')}</button>
        ) : (
          <button type="button" className="primary" data-testid="composer-send" disabled={disabled || uploading || !text.trim()}
            onClick={() => send('query')}>{t('composer.send')}</button>
        )}
      </div>
    </div>
  );
}
