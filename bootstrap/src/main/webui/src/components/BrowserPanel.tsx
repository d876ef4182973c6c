import { useEffect, useState } from 'react';
import { accessToken } from '../api/auth';

interface Screenshot {
  id?: string;
  name?: string;
}

interface Props {
  /** The content of the latest `media.browser_screenshot` event, if any. */
  view: Record<string, unknown> | undefined;
}

/** The screenshot's bytes through the owner's download route (signed URLs may name another host or expire). */
async function loadScreenshot(id: string): Promise<string> {
  const token = accessToken();
  const response = await fetch(`/v1/assets/${encodeURIComponent(id)}/download`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`screenshot: HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

/** The agent's browser, live: the latest screenshot with its address and title (docs/protocol/events.md). */
export function BrowserPanel({ view }: Props) {
  const shot = (view?.screenshot ?? {}) as Screenshot;
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (!shot.id) return undefined;
    let current: string | null = null;
    let cancelled = false;
    loadScreenshot(shot.id).then((url) => {
      if (cancelled) URL.revokeObjectURL(url);
      else { current = url; setImage(url); }
    }).catch(() => { if (!cancelled) setImage(null); });
    return () => { cancelled = true; if (current) URL.revokeObjectURL(current); };
  }, [shot.id]);
  if (!view) return null;
  const url = typeof view.url === 'string' ? view.url : '';
  const title = typeof view.title === 'string' ? view.title : '';
  const tabs = typeof view.tabs === 'number' ? view.tabs : 1;
  return (
    <section className="panel browser-panel" data-testid="browser-panel" aria-labelledby="browser-title">
      <h2 id="browser-title">Browser</h2>
      <p className="browser-address">
        <span className="browser-url" data-testid="browser-url" title={url}>{url || 'about:blank'}</span>
        {tabs > 1 && <span className="muted"> · {tabs} tabs</span>}
      </p>
      {title && <p className="muted browser-page-title" data-testid="browser-title-text">{title}</p>}
      {image && (
        <img className="browser-shot" data-testid="browser-screenshot" src={image}
          alt={`What the agent's browser shows: ${title || url}`} />
      )}
    </section>
  );
}
