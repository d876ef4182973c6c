import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AgentTypes, Files, Sessions, type AgentTypeInfo, type SessionInfo } from '../api/endpoints';
import { errorText } from '../api/http';
import { AgentTypePicker, initialChoice } from '../components/AgentTypePicker';
import { RepositoryPicker } from '../components/connectors/RepositoryPicker';
import { examplesFor, type InitialMessage } from '../components/home/examples';
import { MediaModelPicker } from '../components/media/MediaModelPicker';
import { storeModelChoice, storedModelChoice, withModelChoice, type MediaModelChoice } from '../components/media/mediaPrompt';
import { Icon } from '../components/icons';
import { useToasts } from '../components/Toasts';
import { relativeTime, t } from '../i18n';
import { useShell } from './Shell';

/**
 * Home (`/`): the prompt box with attachments (button or drag and drop), the agent-type picker,
 * example prompts for the chosen type and the recent sessions. Start creates the session with the
 * chosen type, uploads the files to it and opens it; the session sends the prompt as its first query.
 */
export function SessionsHome() {
  const navigate = useNavigate();
  const location = useLocation();
  // a media template's first message (from the gallery, /media) starts a media session
  const fromGallery = (location.state as { media?: { prompt?: string } } | null)?.media?.prompt;
  const toasts = useToasts();
  const { refreshSessions } = useShell();
  const [busy, setBusy] = useState(false);
  const [types, setTypes] = useState<AgentTypeInfo[] | null>(null);
  const [agentType, setAgentType] = useState<string | null>(fromGallery ? 'media' : 'general');
  const [prompt, setPrompt] = useState(fromGallery ?? '');
  const [mediaModels, setMediaModels] = useState<MediaModelChoice>(storedModelChoice);
  const [files, setFiles] = useState<File[]>([]);
  const [repository, setRepository] = useState('');
  const [dragging, setDragging] = useState(false);
  const [recent, setRecent] = useState<SessionInfo[] | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    AgentTypes.list().then((list) => {
      setTypes(list);
      setAgentType((current) => initialChoice(list, current ?? undefined));
    }).catch((e) => { setTypes([]); toasts.show('error', errorText(e)); });
    Sessions.list('').then((page) => setRecent(page.sessions.slice(0, 5))).catch(() => setRecent([]));
  }, [toasts]);

  const start = async () => {
    if (busy || !agentType) return;
    setBusy(true);
    try {
      const session = await Sessions.create(agentType);
      const uploaded: InitialMessage['files'] = [];
      for (const file of files) {
        const asset = await Files.upload(file, session.id);
        uploaded.push({ id: asset.id, name: asset.name ?? file.name });
      }
      refreshSessions();
      const text = agentType === 'media' && prompt.trim() ? withModelChoice(prompt.trim(), mediaModels) : prompt.trim();
      const initial: InitialMessage | undefined = text ? { text, files: uploaded, repository: repository || undefined } : undefined;
      navigate(`/s/${session.id}`, { state: initial ? { initial } : undefined });
    } catch (e) {
      toasts.show('error', errorText(e));
      setBusy(false);
    }
  };

  const keys = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void start();
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length) setFiles((all) => [...all, ...Array.from(e.dataTransfer.files)]);
  };

  return (
    <section className="home">
      <h1>{t('home.title')}</h1>
      <p className="muted">{t('home.lead')}</p>
      <div className={`home-prompt ${dragging ? 'dragging' : ''}`} data-testid="home-dropzone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={drop}>
        <label className="visually-hidden" htmlFor="home-prompt">{t('home.prompt')}</label>
        <textarea id="home-prompt" ref={input} data-testid="home-prompt" rows={3} value={prompt} disabled={busy}
          placeholder={t('home.placeholder')} onChange={(e) => setPrompt(e.target.value)} onKeyDown={keys} />
        {files.length > 0 && (
          <ul className="attachments" aria-label={t('home.attach')}>
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`} data-testid="home-attachment"><Icon name="clip" size={13} /> {file.name}
                <button type="button" className="icon" aria-label={t('home.remove', { name: file.name })}
                  onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}>×</button>
              </li>
            ))}
          </ul>
        )}
        {dragging && <div className="drop-hint" aria-hidden="true">{t('home.drop')}</div>}
        <div className="composer-bar">
          <label className="button attach">
            <Icon name="clip" /> {t('home.attach')}
            <input type="file" multiple data-testid="home-attach" className="visually-hidden" disabled={busy}
              onChange={(e) => { const list = e.target.files; if (list?.length) setFiles((all) => [...all, ...Array.from(list)]); e.target.value = ''; }} />
          </label>
          {busy && files.length > 0 && <span className="muted">{t('home.uploading')}</span>}
          <RepositoryPicker value={repository} onChange={setRepository} disabled={busy} />
          <span className="spacer" />
          <button type="button" className="primary" data-testid="start-session" onClick={() => void start()}
            disabled={busy || !agentType}>{prompt.trim() ? t('home.start') : t('home.startSession')}</button>
        </div>
      </div>
      {types == null ? <p className="muted" aria-busy="true">{t('home.loading')}</p>
        : types.length > 0 && <AgentTypePicker types={types} value={agentType} onChange={setAgentType} disabled={busy} />}
      {agentType === 'media' && (
        <div className="home-media" data-testid="home-media">
          <Link to="/media" data-testid="home-media-templates">{t('media.browse')}</Link>
          <MediaModelPicker value={mediaModels} disabled={busy}
            onChange={(choice) => { setMediaModels(choice); storeModelChoice(choice); }} />
        </div>
      )}
      <h2>{t('home.examples')}</h2>
      <ul className="examples">
        {examplesFor(agentType).map((example) => (
          <li key={example}>
            <button type="button" className="example" data-testid="home-example"
              onClick={() => { setPrompt(example); input.current?.focus(); }}>{example}</button>
          </li>
        ))}
      </ul>
      <h2>{t('home.recent')}</h2>
      {recent == null ? <p className="muted" aria-busy="true">{t('home.loading')}</p>
        : recent.length === 0 ? <p className="muted" data-testid="home-no-recent">{t('home.noRecent')}</p> : (
          <ul className="recent">
            {recent.map((s) => (
              <li key={s.id} data-testid="home-recent">
                <Link to={`/s/${s.id}`}>{s.name?.trim() || t('home.untitled')}</Link>
                <time className="muted small" dateTime={s.last_message_at ?? s.updated_at}>
                  {relativeTime(new Date(s.last_message_at ?? s.updated_at))}</time>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
