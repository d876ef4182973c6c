import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { onAuthChange, schedule, stored } from './api/auth';
import { ToastProvider } from './components/Toasts';
import { Shell } from './pages/Shell';
import { LoginPage } from './pages/LoginPage';
import { SessionsHome } from './pages/SessionsHome';
import { SessionView } from './pages/SessionView';

// Screens not on the first path load on demand: the initial bundle stays small.
const SharePage = lazy(() => import('./pages/SharePage'));
const CreditsPage = lazy(() => import('./pages/CreditsPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const ChatPage = lazy(() => import('./pages/ChatPage'));
const MediaPage = lazy(() => import('./pages/MediaPage'));
const ConnectorCallbackPage = lazy(() => import('./components/connectors/ConnectorCallbackPage'));
const StorybookPage = lazy(() => import('./pages/StorybookPage'));
const PublicStorybookPage = lazy(() => import('./pages/PublicStorybookPage'));

function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(() => stored() != null);
  useEffect(() => {
    schedule();
    const off = onAuthChange(setSignedIn);
    const onStorage = () => setSignedIn(stored() != null);
    window.addEventListener('storage', onStorage);
    return () => { off(); window.removeEventListener('storage', onStorage); };
  }, []);
  return signedIn;
}

function RequireAuth({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const location = useLocation();
  if (!signedIn) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

const loading = <div className="page-loading" aria-busy="true">Loading…</div>;

export function App() {
  const signedIn = useSignedIn();
  return (
    <ToastProvider>
      <BrowserRouter>
        <Suspense fallback={loading}>
          <Routes>
            <Route path="/login" element={signedIn ? <Navigate to="/" replace /> : <LoginPage />} />
            <Route path="/share/:sessionId" element={<SharePage />} />
            <Route path="/public/storybooks/:storybookId" element={<PublicStorybookPage />} />
            <Route element={<RequireAuth signedIn={signedIn}><Shell /></RequireAuth>}>
              <Route index element={<SessionsHome />} />
              <Route path="/s/:sessionId" element={<SessionView />} />
              <Route path="/credits" element={<CreditsPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="/chat" element={<ChatPage />} />
              <Route path="/media" element={<MediaPage />} />
              <Route path="/chat/:sessionId" element={<ChatPage />} />
              <Route path="/connectors/:provider/callback" element={<ConnectorCallbackPage />} />
              <Route path="/storybooks/:storybookId" element={<StorybookPage />} />
            </Route>
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </ToastProvider>
  );
}
