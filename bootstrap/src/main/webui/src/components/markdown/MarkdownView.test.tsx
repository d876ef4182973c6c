import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MarkdownView from './MarkdownView';
import { resolveImage, safeUrl, splitBlocks } from './splitBlocks';

const html = (text: string) => renderToStaticMarkup(<MarkdownView text={text} />);

describe('MarkdownView sanitising', () => {
  it('never turns raw HTML into elements', () => {
    const out = html('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>\n\n<iframe src="https://evil"></iframe>');
    expect(out).not.toMatch(/<script|<iframe|<img|onerror|onclick|<b[ >]/i);
    expect(out).toContain('Hello');
  });

  it('empties javascript: and data: links and images', () => {
    const out = html('[click](javascript:alert(1)) [d](data:text/html,<script>x</script>) ![i](javascript:alert(3)) [v](VBScript:msgbox)');
    expect(out).not.toMatch(/javascript:|data:text|vbscript:/i);
    expect(out).toContain('click');
  });

  it('opens links in a new tab without an opener', () => {
    const out = html('[site](https://example.org/page)');
    expect(out).toContain('href="https://example.org/page"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('renders GFM tables, task lists, math and highlighted code with a copy button', () => {
    const out = html('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n$$\nE = mc^2\n$$\n\n```java\nint x = 1;\n```');
    expect(out).toContain('<table>');
    expect(out).toContain('<td>2</td>');
    expect(out).toMatch(/type="checkbox"[^>]*checked/);
    expect(out).toContain('class="katex');
    expect(out).toContain('hljs-type');
    expect(out).toContain('data-testid="code-copy"');
    expect(out).toContain('data-language="java"');
  });
});

describe('streaming merge (splitBlocks)', () => {
  it('splits at blank lines but never inside code fences or display math', () => {
    const text = '# Title\n\npara one\nstill one\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\n$$\na\n\nb\n$$\n\nlast';
    expect(splitBlocks(text)).toEqual(['# Title', 'para one\nstill one', '```js\nconst a = 1;\n\nconst b = 2;\n```',
      '$$\na\n\nb\n$$', 'last']);
  });

  it('keeps finished blocks identical as deltas arrive, so only the tail changes', () => {
    const full = 'Intro paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```py\nprint(1)\n\nprint(2)\n```\n\nThe end.';
    let previous: string[] = [];
    for (let cut = 1; cut <= full.length; cut++) {
      const blocks = splitBlocks(full.slice(0, cut));
      // every block but the last one from before is unchanged now: it will not re-render
      for (let i = 0; i < previous.length - 1; i++) expect(blocks[i]).toBe(previous[i]);
      previous = blocks;
    }
    expect(previous).toHaveLength(4);
  });

  it('an unclosed fence keeps the rest of the stream in one tail block', () => {
    expect(splitBlocks('text\n\n```\ncode\n\nmore')).toEqual(['text', '```\ncode\n\nmore']);
  });
});

describe('urls', () => {
  it('keeps http(s), mailto and relative; drops other schemes', () => {
    expect(safeUrl('https://a.b')).toBe('https://a.b');
    expect(safeUrl('mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(safeUrl('#frag')).toBe('#frag');
    expect(safeUrl(' javascript:alert(1)')).toBe('');
    expect(safeUrl('//evil.example/x')).toBe('');
  });

  it('maps an image name or workspace path to the session file', () => {
    const files = [{ name: 'chart.png', url: 'http://h/v1/storage/abc' }];
    const to = (u: string) => u.replace('http://h', '');
    expect(resolveImage('chart.png', files, to)).toBe('/v1/storage/abc');
    expect(resolveImage('/workspace/out/chart.png', files, to)).toBe('/v1/storage/abc');
    expect(resolveImage('missing.png', files, to)).toBe('');
    expect(resolveImage('https://img.example/x.png', files, to)).toBe('https://img.example/x.png');
  });
});
