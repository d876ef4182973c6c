import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { signOut } from '../api/auth';
import { ThemeToggle } from '../components/ThemeToggle';
import { Sidebar } from '../components/Sidebar';
import { Icon } from '../components/icons';

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
  const navigate = useNavigate();
  const refreshSessions = useCallback(() => setVersion((v) => v + 1), []);
  const api = useMemo(() => ({ refreshSessions, version }), [refreshSessions, version]);
  useEffect(() => {
    const close = () => setMenuOpen(false);
    window.addEventListener('popstate', close);
    return () => window.removeEventListener('popstate', close);
  }, []);
  return (
    <ShellContext.Provider value={api}>
      <div className={`shell ${menuOpen ? 'menu-open' : ''}`}>
        <header className="topbar">
          <button type="button" className="icon only-mobile" aria-label="Sessions menu" aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}><Icon name="menu" size={18} /></button>
          <span className="brand">II-Agent</span>
          <nav aria-label="Main">
            <NavLink to="/" end data-testid="nav-sessions">Sessions</NavLink>
            <NavLink to="/chat" data-testid="nav-chat">Chat</NavLink>
            <NavLink to="/credits" data-testid="nav-credits">Credits</NavLink>
            <NavLink to="/settings" data-testid="nav-settings">Settings</NavLink>
          </nav>
          <span className="spacer" />
          <ThemeToggle />
          <button type="button" data-testid="sign-out" onClick={async () => { await signOut(); navigate('/login'); }}>Sign out</button>
        </header>
        <Sidebar onNavigate={() => setMenuOpen(false)} />
        <main className="content" id="main">
          <Outlet />
        </main>
      </div>
    </ShellContext.Provider>
  );
}
