import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { save, type Tokens } from '../api/auth';
import { Auth } from '../api/endpoints';
import { errorText } from '../api/http';
import { ThemeToggle } from '../components/ThemeToggle';

/**
 * Sign in or register with a local account, or with a configured OpenID provider. The provider
 * flow runs in a pop-up that ends on our own origin with the token answer, which this page reads
 * (same origin) — so tokens never travel in a URL.
 */
export function LoginPage() {
  const [mode, setMode] = useState<'signin' | 'register'>('signin');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [providers, setProviders] = useState<{ name: string; login_url: string }[]>([]);
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    Auth.providers().then((p) => setProviders(p.providers)).catch(() => setProviders([]));
  }, []);

  const done = (tokens: Tokens) => {
    save(tokens);
    navigate(from === '/login' ? '/' : from, { replace: true });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      done(mode === 'signin' ? await Auth.login(email, password) : await Auth.register(email, password, name));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const oidc = (provider: { name: string; login_url: string }) => {
    const popup = window.open(provider.login_url, 'ii-agent-oidc', 'width=520,height=680');
    if (!popup) {
      setError('Allow pop-ups to sign in with ' + provider.name);
      return;
    }
    const poll = setInterval(() => {
      if (popup.closed) { clearInterval(poll); return; }
      try {
        if (popup.location.pathname.endsWith('/callback') && popup.document.readyState === 'complete') {
          const body = JSON.parse(popup.document.body.innerText);
          clearInterval(poll);
          popup.close();
          if (body.access_token) done(body as Tokens);
          else setError(body.detail ?? body.title ?? 'Sign-in failed');
        }
      } catch {
        // still on the provider's origin
      }
    }, 300);
  };

  return (
    <main className="auth-page">
      <div className="auth-top"><ThemeToggle /></div>
      <form className="card auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <h1 id="auth-title">{mode === 'signin' ? 'Sign in to II-Agent' : 'Create your account'}</h1>
        {mode === 'register' && (
          <label>Name
            <input data-testid="auth-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" />
          </label>
        )}
        <label>E-mail
          <input data-testid="auth-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
        </label>
        <label>Password
          <input data-testid="auth-password" type="password" required minLength={mode === 'register' ? 8 : undefined}
            value={password} onChange={(e) => setPassword(e.target.value)}
            autoComplete={mode === 'signin' ? 'current-password' : 'new-password'} />
        </label>
        {error && <p className="form-error" role="alert" data-testid="auth-error">{error}</p>}
        <button type="submit" className="primary" data-testid="auth-submit" disabled={busy}>
          {mode === 'signin' ? 'Sign in' : 'Create account'}
        </button>
        <button type="button" className="link" data-testid="auth-toggle-mode"
          onClick={() => { setMode(mode === 'signin' ? 'register' : 'signin'); setError(null); }}>
          {mode === 'signin' ? 'No account yet? Register' : 'Have an account? Sign in'}
        </button>
        {providers.length > 0 && (
          <div className="oidc">
            <p className="muted">or</p>
            {providers.map((p) => (
              <button key={p.name} type="button" data-testid="auth-oidc" data-provider={p.name} onClick={() => oidc(p)}>
                Sign in with {p.name}
              </button>
            ))}
          </div>
        )}
      </form>
    </main>
  );
}
