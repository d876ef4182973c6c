import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ToolItem } from '../../state/eventReducer';
import { GenericCard, McpCard, ShellCard } from './cards';
import { errorMessage, formatDuration } from './data';
import { toolCardFor } from './registry';
import { ToolCard } from './ToolCard';

const item = (name: string, input: unknown, result: unknown, status: ToolItem['status'] = 'done'): ToolItem => ({
  kind: 'tool', key: 'k', seq: 1, runId: 'r', toolCallId: 'c', name, input, result, status, startedAt: 1000, endedAt: 3500,
});

describe('tool card registry', () => {
  it('finds cards by name, MCP tools by prefix, and falls back to the generic card', () => {
    expect(toolCardFor('Bash')).toBe(ShellCard);
    expect(toolCardFor('mcp_github_search')).toBe(McpCard);
    expect(toolCardFor('browser_click')).toBe(GenericCard);
  });
});

describe('cards', () => {
  it('shell output keeps ANSI colours as classes and HTML in the output as text', () => {
    const html = renderToStaticMarkup(<ToolCard item={item('Bash', { command: 'ls' },
      { output: '\u001b[31mred\u001b[0m <script>x()</script>', exit_code: 0 })} />);
    expect(html).toMatch(/<span class="ansi-red-fg">red<\/span>/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('exit 0');
    expect(html).toContain('2.5 s');
  });

  it('a failed call shows the message without the stack; raw JSON stays behind Details', () => {
    const html = renderToStaticMarkup(<ToolCard item={item('web_visit', { url: 'https://x.example' },
      'java.io.IOException: connection refused\n\tat a.b.C.d(C.java:1)\n\tat e.f.G.h(G.java:2)', 'error')} />);
    const shown = /data-testid="tool-error">([^<]*)</.exec(html)?.[1];
    expect(shown).toBe('connection refused');
    expect(html).toContain('data-testid="tool-details"');
  });

  it('web search lists titles with their domains; links are http(s) only', () => {
    const html = renderToStaticMarkup(<ToolCard item={item('web_search', { query: 'jvm' }, { query: 'jvm', results: [
      { title: 'OpenJDK', url: 'https://www.openjdk.org/x', content: 'The JDK' },
      { title: 'Bad', url: 'javascript:alert(1)', content: '' }] })} />);
    expect(html).toContain('>OpenJDK</a>');
    expect(html).toContain('openjdk.org');
    expect(html).not.toContain('href="javascript:');
  });

  it('an edit shows a diff of old and new text', () => {
    const html = renderToStaticMarkup(<ToolCard item={item('Edit', { file_path: 'a.txt', old_string: 'one\ntwo\n', new_string: 'one\nthree\n' },
      { path: 'a.txt', replacements: 1 })} />);
    expect(html).toContain('diff-line diff-del">- two');
    expect(html).toContain('diff-line diff-add">+ three');
  });

  it('formats durations and strips exception prefixes', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(61_000)).toBe('1 min 1 s');
    expect(errorMessage({ error: 'java.lang.IllegalStateException: no sandbox' })).toBe('no sandbox');
  });
});
