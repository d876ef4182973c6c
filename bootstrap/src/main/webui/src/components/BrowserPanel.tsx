interface Screenshot {
  id?: string;
  name?: string;
  url?: string;
}

interface Props {
  /** The content of the latest `media.browser_screenshot` event, if any. */
  view: Record<string, unknown> | undefined;
}

/** The agent's browser, live: the latest screenshot with its address and title (docs/protocol/events.md). */
export function BrowserPanel({ view }: Props) {
  if (!view) return null;
  const shot = (view.screenshot ?? {}) as Screenshot;
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
      {shot.url && (
        <a href={shot.url} target="_blank" rel="noreferrer">
          <img className="browser-shot" data-testid="browser-screenshot" src={shot.url}
            alt={`What the agent's browser shows: ${title || url}`} />
        </a>
      )}
    </section>
  );
}
