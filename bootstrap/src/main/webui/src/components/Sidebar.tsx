import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { Sessions, type SessionInfo } from '../api/endpoints';
import { errorText } from '../api/http';
import { useShell } from '../pages/Shell';
import { Icon } from './icons';
import { useToasts } from './Toasts';
import { t } from '../i18n';

/** Sessions: search, pins (listed first), wishlist (★, with a filter), rename, delete, new. */
export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const [query, setQuery] = useState('');
  const [sessions, setSessions] = useState<SessionInfo[]>([]);
  const [pins, setPins] = useState<Set<string>>(new Set());
  const [wishes, setWishes] = useState<Set<string>>(new Set());
  const [onlyWishlist, setOnlyWishlist] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draftName, setDraftName] = useState('');
  const [loaded, setLoaded] = useState(false);
  const { version, refreshSessions } = useShell();
  const toasts = useToasts();
  const navigate = useNavigate();
  const current = useMatch('/s/:sessionId')?.params.sessionId;

  // Loads overlap (typing, several changes in a row): only the latest one's answer is shown.
  const latestLoad = useRef(0);
  const saving = useRef(false);
  const load = useCallback(async (q: string) => {
    const mine = ++latestLoad.current;
    try {
      const [list, pinned, wished] = await Promise.all([Sessions.list(q), Sessions.pins(), Sessions.wishlist()]);
      if (mine !== latestLoad.current) return;
      setSessions(list.sessions);
      setPins(new Set(pinned.sessions.map((s) => s.session_id)));
      setWishes(new Set(wished.sessions.map((s) => s.session_id)));
    } catch (e) {
      toasts.show('error', errorText(e));
    } finally {
      setLoaded(true);
    }
  }, [toasts]);

  useEffect(() => {
    const t = setTimeout(() => void load(query.trim()), query ? 250 : 0);
    return () => clearTimeout(t);
  }, [query, version, load]);

  /** Runs a change, then reloads the list (and, through the shell, the open session's header). */
  const act = async (work: () => Promise<unknown>, after?: () => void, reloadHere = false) => {
    try {
      await work();
      after?.();
      if (reloadHere) void load(query.trim());
      else refreshSessions();
    } catch (e) {
      toasts.show('error', errorText(e));
    }
  };

  const create = () => act(async () => {
    const session = await Sessions.create();
    onNavigate();
    navigate(`/s/${session.id}`);
  });

  const saveName = (id: string) => {
    if (saving.current) return; // Enter saves, then the input's blur would save again
    saving.current = true;
    setRenaming(null);
    void act(() => Sessions.rename(id, draftName.trim())).finally(() => { saving.current = false; });
  };
  const nameKeys = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter') { e.preventDefault(); saveName(id); }
    if (e.key === 'Escape') { saving.current = true; setRenaming(null); setTimeout(() => { saving.current = false; }); }
  };

  const shown = sessions
    .filter((s) => !onlyWishlist || wishes.has(s.id))
    .sort((a, b) => Number(pins.has(b.id)) - Number(pins.has(a.id)));

  return (
    <aside className="sidebar" aria-label={t('sidebar.label')}>
      <button type="button" className="primary wide" data-testid="new-session" onClick={create}>{t('sidebar.new')}</button>
      <label className="visually-hidden" htmlFor="session-search">{t('sidebar.search')}</label>
      <input id="session-search" type="search" placeholder={t('sidebar.search')} data-testid="session-search"
        value={query} onChange={(e) => setQuery(e.target.value)} />
      <label className="check">
        <input type="checkbox" checked={onlyWishlist} onChange={(e) => setOnlyWishlist(e.target.checked)} data-testid="session-wishlist-filter" />
        {t('sidebar.wishlistOnly')}
      </label>
      <ul className="session-list">
        {shown.map((s) => {
          const title = s.name?.trim() || t('sidebar.untitled');
          const pinned = pins.has(s.id);
          const wished = wishes.has(s.id);
          return (
            <li key={s.id} data-testid="session-item" data-session-id={s.id} className={s.id === current ? 'active' : ''}>
              {renaming === s.id ? (
                <input aria-label={t('sidebar.newName')} data-testid="session-rename-input" autoFocus value={draftName}
                  onChange={(e) => setDraftName(e.target.value)} onKeyDown={(e) => nameKeys(e, s.id)} onBlur={() => saveName(s.id)} />
              ) : (
                <button type="button" className="session-title" onClick={() => { onNavigate(); navigate(`/s/${s.id}`); }}
                  aria-current={s.id === current ? 'page' : undefined} title={title}>
                  {pinned && <span className="pinned-mark" title={t('sidebar.pinned')}><Icon name="pin" size={13} /> </span>}{title}
                </button>
              )}
              <span className="session-actions">
                <button type="button" className="icon" data-testid="session-pin" aria-pressed={pinned}
                  aria-label={pinned ? t('sidebar.unpin', { title }) : t('sidebar.pin', { title })} onClick={() => act(() => Sessions.mark('pins', s.id, !pinned))}>
                  <Icon name="pin" filled={pinned} />
                </button>
                <button type="button" className="icon" data-testid="session-wishlist" aria-pressed={wished}
                  aria-label={wished ? t('sidebar.unwish', { title }) : t('sidebar.wish', { title })}
                  onClick={() => act(() => Sessions.mark('wishlist', s.id, !wished))}><Icon name="star" filled={wished} /></button>
                <button type="button" className="icon" data-testid="session-rename" aria-label={t('sidebar.rename', { title })}
                  onClick={() => { setRenaming(s.id); setDraftName(s.name ?? ''); }}><Icon name="edit" /></button>
                <button type="button" className="icon" data-testid="session-delete" aria-label={t('sidebar.delete', { title })}
                  onClick={() => act(() => Sessions.remove(s.id), () => {
                    toasts.show('info', t('sidebar.deleted', { title }));
                    if (s.id === current) navigate('/');
                  }, true)}><Icon name="trash" /></button>
              </span>
            </li>
          );
        })}
        {loaded && shown.length === 0 && <li className="muted empty">{query ? t('sidebar.noMatch') : t('sidebar.none')}</li>}
      </ul>
    </aside>
  );
}
