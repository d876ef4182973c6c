export const WIDTH = 1280;
export const HEIGHT = 720;

/** A slide's HTML in a frame scaled to {@code scale}; untrusted, so sandboxed (scripts only when asked). */
export function SlideFrame({ html, scale, scripts, title, testId }: {
  html: string; scale: number; scripts: boolean; title: string; testId?: string;
}) {
  return (
    <div className="slide-frame" style={{ width: WIDTH * scale, height: HEIGHT * scale }}>
      <iframe data-testid={testId} title={title} srcDoc={html} sandbox={scripts ? 'allow-scripts' : ''}
        tabIndex={-1} style={{ width: WIDTH, height: HEIGHT, transform: `scale(${scale})` }} />
    </div>
  );
}
