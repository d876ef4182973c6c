import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { signOut } from '../api/auth';
import { ThemeToggle } from '../components/ThemeToggle';
import { Sidebar } from '../components/Sidebar';
import { Icon } from '../components/icons';
import { ShortcutsDialog, useShortcuts } from '../components/Shortcuts';
import { t } from '../i18n';

interface ShellApi {
  /** Ask the sidebar to load the session list again (after a title or a new session). */
  refreshSessions: () => void;
  version: number;
}

const ShellContext = createContext<ShellApi>({ refreshSessions: () => undefined, version: 0 });
export const useShell = () => useContext(ShellContext);

/** The signed-in frame: top navigation, the session sidebar and the current screen. */
export function Shell() {
  const [version, setVersion] = useState(0);
  const [menuOpen, setMenuOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  const refreshSessions = useCallback(() => setVersion((v) => v + 1), []);
  const api = useMemo(() => ({ refreshSessions, version }), [refreshSessions, version]);
  useShortcuts({ newSession: () => { setMenuOpen(false); navigate('/'); }, help: () => setHelp(true) });
  useEffect(() => {
    const close = () => setMenuOpen(false);
    window.addEventListener('popstate', close);
    return () => window.removeEventListener('popstate', close);
  }, []);
  return (
    <ShellContext.Provider value={api}>
      <div className={`shell ${menuOpen ? 'menu-open' : ''}`}>
        <header className="topbar">
          <button type="button" className="icon only-mobile" aria-label={t('shell.menu')} aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}><Icon name="menu" size={18} /></button>
          <span className="brand">II-Agent</span>
          <nav aria-label={t('shell.nav')}>
            <NavLink to="/" end data-testid="nav-sessions">{t('shell.sessions')}</NavLink>
            <NavLink to="/chat" data-testid="nav-chat">{t('shell.chat')}</NavLink>
            <NavLink to="/credits" data-testid="nav-credits">{t('shell.credits')}</NavLink>
            <NavLink to="/settings" data-testid="nav-settings">{t('shell.settings')}</NavLink>
          </nav>
          <span className="spacer" />
          <button type="button" className="icon" data-testid="shortcuts-open" aria-label={t('shell.shortcuts')}
            title={t('shell.shortcuts')} onClick={() => setHelp(true)}><Icon name="keyboard" size={18} /></button>
          <ThemeToggle />
          <button type="button" className="sign-out" data-testid="sign-out" aria-label={t('shell.signOut')} title={t('shell.signOut')}
            onClick={async () => { await signOut(); navigate('/login'); }}><Icon name="logout" size={16} /><span className="label">{t('shell.signOut')}</span></button>
        </header>
        {menuOpen && <div className="drawer-scrim only-mobile" aria-hidden="true" onClick={() => setMenuOpen(false)} />}
        <Sidebar onNavigate={() => setMenuOpen(false)} />
        <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
        <main className="content" id="main" tabIndex={0} /* scrollable: reachable to scroll by keyboard */>
          <Outlet />
        </main>
      </div>
    </ShellContext.Provider>
  );
}
