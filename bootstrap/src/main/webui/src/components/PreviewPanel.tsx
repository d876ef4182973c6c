import { useEffect, useRef, useState } from 'react';
import { Previews, type PreviewLink } from '../api/previews';
import { errorText } from '../api/http';

/**
 * The preview of a server the agent runs in the sandbox: its own origin (never the app's), shown in
 * a sandboxed iframe. Opening asks the app for a short-lived sign-in link to that origin.
 * `autoOpen` opens the default port at once (a project's dev server); `embedded` drops the card frame.
 */
export function PreviewPanel({ sessionId, autoOpen = false, embedded = false }: { sessionId: string; autoOpen?: boolean;
  embedded?: boolean }) {
  const [port, setPort] = useState('3000');
  const [link, setLink] = useState<PreviewLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setLink(await Previews.open(sessionId, Number(port)));
    } catch (e) {
      setLink(null);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const opened = useRef(false);
  useEffect(() => {
    if (autoOpen && !opened.current) {
      opened.current = true;
      void open();
    }
  });

  return (
    <section className={embedded ? 'preview-panel' : 'card preview-panel'} aria-label="Preview">
      {!embedded && <h2>Preview</h2>}
      <div className="row">
        <label>Port
          <input data-testid="preview-port" type="number" min={1} max={65535} value={port}
            onChange={(e) => setPort(e.target.value)} style={{ width: '6em' }} />
        </label>
        <button type="button" data-testid="preview-open" disabled={busy} onClick={open}>
          {link ? 'Reload' : 'Open preview'}
        </button>
        {link && <a data-testid="preview-url" href={link.open_url} target="_blank" rel="noreferrer">{link.url}</a>}
      </div>
      {error && <p className="muted" role="alert" data-testid="preview-error">{error}</p>}
      {link && (
        <iframe data-testid="preview-frame" title="Preview" src={link.open_url}
          sandbox="allow-scripts allow-same-origin allow-forms allow-popups"
          style={{ width: '100%', height: '24rem', border: '1px solid var(--border, #ccc)' }} />
      )}
    </section>
  );
}
