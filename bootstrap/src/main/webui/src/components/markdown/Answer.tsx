import { lazy, Suspense } from 'react';

// The renderer (react-markdown, KaTeX, highlight.js) is its own chunk: the first screen loads without it.
const MarkdownView = lazy(() => import('./MarkdownView'));

const cursor = <span className="cursor" aria-hidden="true">▍</span>;

/** An assistant answer as Markdown; plain text until the renderer has loaded. */
export function RenderedAnswer({ text, streaming }: { text: string; streaming: boolean }) {
  return (
    <Suspense fallback={<div className="plain-answer">{text}{streaming && cursor}</div>}>
      <MarkdownView text={text} tail={streaming ? cursor : undefined} />
    </Suspense>
  );
}

/** Starts loading the renderer early (on the session screen) so the first answer does not flash plain. */
export function preloadMarkdown() {
  void import('./MarkdownView');
}
