/** Generated media shown inline in a tool card: pictures, playable videos and audio (docs/media.md). */

interface MediaFile {
  id?: string;
  name?: string;
  url?: string;
  content_type?: string;
}

interface MediaResult {
  kind?: string;
  prompt?: string;
  model?: string;
  offline?: boolean;
  files?: MediaFile[];
}

/** The files of a tool result that a browser can show: images, videos and audio with a URL. */
export function mediaFiles(result: unknown): MediaFile[] {
  if (!result || typeof result !== 'object') return [];
  const files = (result as MediaResult).files;
  if (!Array.isArray(files)) return [];
  return files.filter((file) => typeof file?.url === 'string'
    && /^(image|video|audio)\//.test(file.content_type ?? ''));
}

/**
 * Our own signed storage links are used relative to this page, so they load whatever host name the
 * server was reached by (the absolute form carries the configured public URL); others stay as they are.
 */
export function playableUrl(url: string): string {
  try {
    const parsed = new URL(url, globalThis.location?.href ?? 'http://localhost/');
    return parsed.pathname.startsWith('/v1/storage/') ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

export function MediaPreview({ result }: { result: unknown }) {
  const files = mediaFiles(result);
  if (files.length === 0) return null;
  const info = result as MediaResult;
  return (
    <div className="media-preview" data-testid="media-preview">
      {files.map((file) => {
        const type = file.content_type ?? '';
        const src = playableUrl(file.url ?? '');
        const label = file.name ?? 'generated file';
        if (type.startsWith('image/')) {
          return <img key={file.url} src={src} alt={info.prompt ?? label} data-testid="media-image" loading="lazy" />;
        }
        if (type.startsWith('video/')) {
          return <video key={file.url} src={src} controls muted playsInline data-testid="media-video" aria-label={label} />;
        }
        return <audio key={file.url} src={src} controls data-testid="media-audio" aria-label={label} />;
      })}
      {info.model && (
        <div className="media-caption">
          {info.model}{info.offline ? ' · offline placeholder' : ''}
        </div>
      )}
    </div>
  );
}
