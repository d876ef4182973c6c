/**
 * Splits Markdown into top-level blocks at blank lines that are outside fenced code and `$$` math,
 * so a streamed answer can render each finished block once (memoised) and re-render only the tail.
 * Joining the blocks with "\n\n" gives back the text up to blank-line runs.
 */
export function splitBlocks(text: string): string[] {
  const lines = text.split('\n');
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null; // the opening fence (``` or ~~~, its length counts)
  let math = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (fence) {
      current.push(line);
      if (trimmed.startsWith(fence[0]) && /^(`{3,}|~{3,})\s*$/.test(trimmed) && trimmed.length >= fence.length) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      current.push(line);
      continue;
    }
    if (trimmed === '$$' || (trimmed.startsWith('$$') && !(trimmed.length > 2 && trimmed.endsWith('$$')))) {
      math = !math;
      current.push(line);
      continue;
    }
    if (math) {
      current.push(line);
      if (trimmed.endsWith('$$')) math = false;
      continue;
    }
    if (trimmed === '') {
      if (current.length > 0) {
        blocks.push(current.join('\n'));
        current = [];
      }
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

/** Only http(s), mailto and in-page links survive; anything else (javascript:, data:, vbscript:) becomes inert. */
export function safeUrl(url: string): string {
  const value = url.trim();
  if (/^(https?:|mailto:)/i.test(value)) return value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return '';
  return value; // relative: a path or #anchor
}

/**
 * An image source in an answer: absolute http(s) stays; a bare name or a workspace path
 * (`chart.png`, `/workspace/out/chart.png`) becomes the session file of that name, if there is one.
 */
export function resolveImage(src: string, files: { name: string; url: string }[], toUrl: (u: string) => string): string {
  const value = safeUrl(src);
  if (!value || /^https?:/i.test(value)) return value;
  const base = value.split(/[?#]/)[0].split('/').pop() ?? '';
  const file = files.find((f) => f.name === base || f.name === value || value.endsWith('/' + f.name));
  return file ? toUrl(file.url) : '';
}
