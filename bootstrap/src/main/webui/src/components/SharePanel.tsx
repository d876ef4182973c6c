import { useState } from 'react';
import { Sessions } from '../api/endpoints';
import { errorText } from '../api/http';
import { Icon } from './icons';
import { useToasts } from './Toasts';

export function shareUrl(sessionId: string): string {
  return `${location.origin}/share/${sessionId}`;
}

/** Publish / unpublish a session; a published one has a public read-only link. */
export function SharePanel({ sessionId, isPublic, onChange }: { sessionId: string; isPublic: boolean; onChange: (p: boolean) => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toasts = useToasts();
  const set = async (on: boolean) => {
    setBusy(true);
    try {
      const info = await Sessions.publish(sessionId, on);
      onChange(info.is_public);
      toasts.show('info', on ? 'Published: anyone with the link can read this session.' : 'Unpublished.');
    } catch (e) {
      toasts.show('error', errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="share">
      <button type="button" data-testid="share-button" aria-expanded={open} aria-controls="share-popover" onClick={() => setOpen(!open)}>
        {isPublic ? <><Icon name="link" /> Shared</> : 'Share'}
      </button>
      {open && (
        <div id="share-popover" className="popover card" role="group" aria-label="Sharing">
          {isPublic ? (
            <>
              <label>Public link
                <input data-testid="share-link" readOnly value={shareUrl(sessionId)} onFocus={(e) => e.target.select()} />
              </label>
              <div className="row">
                <button type="button" onClick={() => navigator.clipboard?.writeText(shareUrl(sessionId))
                  .then(() => toasts.show('info', 'Link copied.'), () => undefined)}>Copy</button>
                <a href={shareUrl(sessionId)} target="_blank" rel="noreferrer">Open</a>
                <span className="spacer" />
                <button type="button" data-testid="share-unpublish" disabled={busy} onClick={() => set(false)}>Unpublish</button>
              </div>
            </>
          ) : (
            <>
              <p className="muted">Publishing makes this session readable (not writable) by anyone with its link.</p>
              <button type="button" className="primary" data-testid="share-publish" disabled={busy} onClick={() => set(true)}>Publish</button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
