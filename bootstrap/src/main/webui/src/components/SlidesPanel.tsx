import { useCallback, useEffect, useRef, useState } from 'react';
import { Slides, type PresentationView } from '../api/slides';
import { errorText } from '../api/http';
import { saveBlob } from '../api/sseFile';
import { DesignEditor } from './slides/DesignEditor';
import { HEIGHT, SlideFrame, WIDTH } from './slides/SlideFrame';
import { TemplatesGallery } from './slides/TemplatesGallery';

/**
 * The session's decks (docs/slides.md): thumbnails of every slide (sandboxed frames), a full-screen
 * presenter with keyboard navigation, and exports with per-slide progress. Reloads whenever a slide
 * tool finishes ({@code version} counts them), so the deck grows live while the agent writes it.
 * Its owner also gets design mode with version history and the templates gallery; a published
 * session's deck ({@code published}) is read-only (view, present, export). Shows nothing while the
 * session has no deck.
 */
export function SlidesPanel({ sessionId, version, published = false }: {
  sessionId: string; version: number; published?: boolean;
}) {
  const [decks, setDecks] = useState<PresentationView[]>([]);
  const [presenting, setPresenting] = useState<{ deck: number; slide: number } | null>(null);
  const [designing, setDesigning] = useState<string | null>(null);
  const [templatesFor, setTemplatesFor] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (published ? Slides.listPublic(sessionId) : Slides.list(sessionId))
      .then((found) => { if (live) setDecks(found); }).catch(() => { /* no decks to show */ });
    return () => { live = false; };
  }, [sessionId, version, published, reloads]);
  const reload = () => setReloads((n) => n + 1);

  const exportDeck = async (deck: string, format: 'pdf' | 'zip' | 'png') => {
    setError(null);
    setProgress('Starting…');
    try {
      const file = await Slides.exportDeck(sessionId, deck, format, (done, total) => setProgress(`${done} / ${total}`),
        published);
      saveBlob(file);
      setProgress(`Done: ${file.filename}`);
    } catch (e) {
      setProgress(null);
      setError(errorText(e));
    }
  };

  if (decks.length === 0) return null;
  return (
    <section className="card slides-panel" aria-label="Slides" data-testid="slides-panel">
      <h2>Slides</h2>
      {decks.map((deck, d) => (
        <div key={deck.name} className="slides-deck" data-testid="slides-deck">
          <div className="row">
            <strong data-testid="slides-deck-name">{deck.name}</strong>
            <span className="muted">{deck.slide_count} slides</span>
            <button type="button" data-testid="slides-present" onClick={() => setPresenting({ deck: d, slide: 0 })}>Present</button>
            <button type="button" data-testid="slides-export-pdf" onClick={() => exportDeck(deck.name, 'pdf')}>PDF</button>
            <button type="button" data-testid="slides-export-png" onClick={() => exportDeck(deck.name, 'png')}>PNG ZIP</button>
            <button type="button" data-testid="slides-export-zip" onClick={() => exportDeck(deck.name, 'zip')}>HTML ZIP</button>
            {!published && (
              <>
                <button type="button" data-testid="slides-design-open" onClick={() => setDesigning(deck.name)}>Design</button>
                <button type="button" data-testid="slides-templates-open" onClick={() => setTemplatesFor(deck.name)}>Templates</button>
              </>
            )}
          </div>
          {templatesFor === deck.name && (
            <TemplatesGallery sessionId={sessionId} deck={deck.name}
              nextNumber={Math.max(0, ...deck.slides.map((s) => s.slide_number)) + 1}
              onAdded={reload} onClose={() => setTemplatesFor(null)} />
          )}
          <div className="slides-thumbs">
            {deck.slides.map((slide, s) => (
              <button type="button" key={slide.slide_number} className="slides-thumb" data-testid="slides-thumb"
                title={`${slide.slide_number}. ${slide.slide_title}`} onClick={() => setPresenting({ deck: d, slide: s })}>
                <SlideFrame html={slide.slide_content} scale={0.14} scripts={false} title={slide.slide_title} />
                <span className="muted">{slide.slide_number}. {slide.slide_title}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
      {progress && <p className="muted" data-testid="slides-export-progress">{progress}</p>}
      {error && <p className="muted" role="alert" data-testid="slides-export-error">{error}</p>}
      {designing && decks.find((d) => d.name === designing) && (
        <DesignEditor sessionId={sessionId} deck={decks.find((d) => d.name === designing)!}
          onClose={() => setDesigning(null)} onSaved={reload} />
      )}
      {presenting && decks[presenting.deck] && (
        <Presenter deck={decks[presenting.deck]} start={presenting.slide} onClose={() => setPresenting(null)} />
      )}
    </section>
  );
}

function Presenter({ deck, start, onClose }: { deck: PresentationView; start: number; onClose: () => void }) {
  const [index, setIndex] = useState(start);
  const box = useRef<HTMLDivElement>(null);
  const count = deck.slides.length;
  const go = useCallback((step: number) => setIndex((i) => Math.min(count - 1, Math.max(0, i + step))), [count]);
  useEffect(() => { box.current?.focus(); }, []);
  const scale = Math.min(window.innerWidth / WIDTH, (window.innerHeight - 64) / HEIGHT) * 0.95;
  const slide = deck.slides[Math.min(index, count - 1)];
  return (
    <div className="slides-presenter" role="dialog" aria-label={`Presenting ${deck.name}`} data-testid="slides-presenter"
      ref={box} tabIndex={0} onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { e.preventDefault(); go(1); }
        if (e.key === 'ArrowLeft' || e.key === 'PageUp') { e.preventDefault(); go(-1); }
        if (e.key === 'Home') setIndex(0);
        if (e.key === 'End') setIndex(count - 1);
        if (e.key === 'Escape') onClose();
      }}>
      <SlideFrame key={slide.slide_number} html={slide.slide_content} scale={scale} scripts title={slide.slide_title}
        testId="slides-presenter-frame" />
      <div className="row slides-presenter-bar">
        <button type="button" onClick={() => go(-1)} disabled={index === 0}>Previous</button>
        <span data-testid="slides-counter">{index + 1} / {count}</span>
        <button type="button" onClick={() => go(1)} disabled={index === count - 1}>Next</button>
        <button type="button" data-testid="slides-presenter-close" onClick={onClose}>Close (Esc)</button>
      </div>
    </div>
  );
}
