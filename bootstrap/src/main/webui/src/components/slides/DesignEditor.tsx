import { useCallback, useEffect, useRef, useState } from 'react';
import { Slides, type PresentationView, type SlideVersionView } from '../../api/slides';
import { errorText } from '../../api/http';
import { PictureTools } from './PictureTools';
import { HEIGHT, SlideFrame, WIDTH } from './SlideFrame';
import { applyElement, markSelected, readElement, serialise, type ElementStyle } from './designDocument';

const SCALE = 0.55;

/**
 * Design mode for one deck (docs/slides.md): pick a slide, click an element of it, change its text,
 * colour, size or background, and save through the design sync route (which refuses new active
 * content). The slide is shown in a frame sandboxed without scripts; clicks land on a transparent
 * layer above it and pick the element under the pointer. The slide's version history sits beside it:
 * view any version, revert to it (a new version). An image slide also gets the picture tools
 * (find parts, change by prompt, remove background).
 */
export function DesignEditor({ sessionId, deck, onClose, onSaved }: {
  sessionId: string; deck: PresentationView; onClose: () => void; onSaved: () => void;
}) {
  const [index, setIndex] = useState(0);
  const slide = deck.slides[Math.min(index, deck.slides.length - 1)];
  const frame = useRef<HTMLIFrameElement>(null);
  const selected = useRef<HTMLElement | null>(null);
  const [style, setStyle] = useState<ElementStyle | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [versions, setVersions] = useState<SlideVersionView[]>([]);
  const [preview, setPreview] = useState<SlideVersionView | null>(null);

  const loadVersions = useCallback(() => {
    Slides.versions(sessionId, deck.name, slide.slide_number).then(setVersions).catch((e) => setMessage(errorText(e)));
  }, [sessionId, deck.name, slide.slide_number]);

  useEffect(() => {
    selected.current = null;
    setStyle(null);
    setDirty(false);
    setPreview(null);
    loadVersions();
  }, [slide.slide_number, slide.version, loadVersions]);

  const pick = (event: React.MouseEvent<HTMLDivElement>) => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    const box = event.currentTarget.getBoundingClientRect();
    const target = doc.elementFromPoint((event.clientX - box.left) / SCALE, (event.clientY - box.top) / SCALE);
    if (!target || target.nodeType !== 1 || target === doc.body || target === doc.documentElement) return;
    selected.current = target as HTMLElement;
    markSelected(doc, selected.current);
    setStyle(readElement(selected.current));
  };

  const change = (patch: Partial<ElementStyle>) => {
    if (!selected.current || !style) return;
    applyElement(selected.current, patch);
    setStyle({ ...style, ...patch });
    setDirty(true);
  };

  const save = async () => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    setMessage('Saving…');
    try {
      const result = await Slides.syncDesign(sessionId, deck.name, [{ slide_number: slide.slide_number, content: serialise(doc) }]);
      setMessage(`Saved as version ${result.updated[0]?.version}`);
      setDirty(false);
      onSaved();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  const revert = async (version: number) => {
    try {
      const reverted = await Slides.revert(sessionId, deck.name, slide.slide_number, version);
      setMessage(`Reverted: version ${version} is now version ${reverted.version}`);
      onSaved();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <div className="slides-design" role="dialog" aria-label={`Design ${deck.name}`} data-testid="slides-design">
      <div className="row">
        <strong>Design: {deck.name}</strong>
        <label>Slide{' '}
          <select data-testid="design-slide" value={index} onChange={(e) => setIndex(Number(e.target.value))}>
            {deck.slides.map((s, i) => <option key={s.slide_number} value={i}>{s.slide_number}. {s.slide_title}</option>)}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" data-testid="design-save" disabled={!dirty} onClick={save}>Save</button>
        <button type="button" data-testid="design-close" onClick={onClose}>Close</button>
      </div>
      {message && <p className="muted" data-testid="design-message">{message}</p>}
      <div className="slides-design-body">
        <div className="slide-frame slides-design-canvas" style={{ width: WIDTH * SCALE, height: HEIGHT * SCALE }}>
          <iframe ref={frame} key={`${slide.slide_number}:${slide.version}`} title={`Design ${slide.slide_title}`}
            data-testid="design-frame" srcDoc={slide.slide_content} sandbox="allow-same-origin" tabIndex={-1}
            style={{ width: WIDTH, height: HEIGHT, transform: `scale(${SCALE})` }} />
          <div className="slides-design-layer" data-testid="design-layer" onClick={pick} />
        </div>
        <div className="slides-design-side">
          {slide.type === 'image' && (
            <PictureTools sessionId={sessionId} deck={deck.name} slide={slide.slide_number} onEdited={onSaved} />
          )}
          {style ? (
            <fieldset data-testid="design-inspector">
              <legend>Selected element</legend>
              {style.text !== null && (
                <label>Text<textarea data-testid="design-text" value={style.text}
                  onChange={(e) => change({ text: e.target.value })} /></label>
              )}
              <label>Colour <input type="color" data-testid="design-color" value={style.color || '#000000'}
                onChange={(e) => change({ color: e.target.value })} /></label>
              <label>Size (px) <input type="number" min={6} max={200} data-testid="design-size" value={style.fontSize}
                onChange={(e) => change({ fontSize: Number(e.target.value) })} /></label>
              <label>Background <input type="color" data-testid="design-background" value={style.background || '#ffffff'}
                onChange={(e) => change({ background: e.target.value })} /></label>
            </fieldset>
          ) : <p className="muted">Click an element of the slide to edit it.</p>}
          <h3>History</h3>
          <ol className="slides-history" data-testid="design-history">
            {versions.slice().reverse().map((v) => (
              <li key={v.version} data-testid="design-version">
                <span>v{v.version} · {v.source}{v.is_current ? ' · current' : ''}</span>{' '}
                <button type="button" onClick={() => setPreview(v)}>View</button>
                {!v.is_current && <button type="button" data-testid="design-revert" onClick={() => revert(v.version)}>Revert</button>}
              </li>
            ))}
          </ol>
          {preview && (
            <div data-testid="design-preview">
              <span className="muted">Version {preview.version}</span>
              <SlideFrame html={preview.slide_content} scale={0.2} scripts={false} title={`Version ${preview.version}`} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
