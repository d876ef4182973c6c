import { useState } from 'react';
import { Slides } from '../../api/slides';
import { errorText } from '../../api/http';

/**
 * Image-slide editing in design mode (POST /v1/slides/nano-banana/*): find the parts of the picture,
 * change the picture as a prompt says, or remove its background. Each is billed and each edit is a
 * new version (so the history can revert it).
 */
export function PictureTools({ sessionId, deck, slide, onEdited }: {
  sessionId: string; deck: string; slide: number; onEdited: () => void;
}) {
  const [prompt, setPrompt] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset data-testid="design-picture">
      <legend>Picture</legend>
      <button type="button" disabled={busy} data-testid="design-picture-detect" onClick={() => run(async () => {
        const found = await Slides.detectImage(sessionId, deck, slide);
        return `${found.components.length} parts found: ${found.components.map((c) => c.label).join(', ')}`;
      })}>Find parts</button>
      <label>Change the picture<textarea data-testid="design-picture-prompt" value={prompt}
        onChange={(e) => setPrompt(e.target.value)} /></label>
      <button type="button" disabled={busy || !prompt.trim()} data-testid="design-picture-edit" onClick={() => run(async () => {
        const edited = await Slides.editImage(sessionId, deck, slide, prompt.trim());
        onEdited();
        return `Picture edited: version ${edited.version}`;
      })}>Apply</button>
      <button type="button" disabled={busy} data-testid="design-picture-background" onClick={() => run(async () => {
        const edited = await Slides.removeBackground(sessionId, deck, slide);
        onEdited();
        return `Background removed: version ${edited.version}`;
      })}>Remove background</button>
      {message && <p className="muted" data-testid="design-picture-message">{message}</p>}
    </fieldset>
  );
}
