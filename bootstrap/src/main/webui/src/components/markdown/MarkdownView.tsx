import { memo, useState, type ComponentProps, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import 'katex/dist/katex.min.css';
import { storageUrl } from '../../api/endpoints';
import { t } from '../../i18n';
import { useSessionFiles } from '../sessionFiles';
import { resolveImage, safeUrl, splitBlocks } from './splitBlocks';
import './markdown.css';

/** Text of a hast node (a code block's source, for the copy button). */
interface HastNode { type: string; value?: string; children?: HastNode[] }
function textOf(node: HastNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button type="button" className="copy-code" data-testid="code-copy" aria-label={t('markdown.copyCode')}
      onClick={() => {
        navigator.clipboard?.writeText(text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }).catch(() => undefined);
      }}>{copied ? t('markdown.copied') : t('markdown.copy')}</button>
  );
}

function Pre({ node, children, ...rest }: ComponentProps<'pre'> & { node?: HastNode }) {
  const code = node?.children?.[0] as (HastNode & { properties?: { className?: string[] } }) | undefined;
  const lang = (code?.properties?.className ?? []).find((c) => c.startsWith('language-'))?.slice('language-'.length);
  return (
    <div className="code-block" data-testid="code-block" data-language={lang}>
      <div className="code-head"><span>{lang ?? t('markdown.code')}</span><CopyButton text={textOf(node)} /></div>
      <pre {...rest} tabIndex={0}>{children}</pre>
    </div>
  );
}

function Img({ src, alt }: { src?: string | Blob; alt?: string }) {
  const files = useSessionFiles();
  const url = typeof src === 'string' ? resolveImage(src, files, storageUrl) : '';
  if (!url) return <span className="muted">[{alt || t('markdown.image')}]</span>;
  return <a href={url} target="_blank" rel="noopener noreferrer"><img src={url} alt={alt ?? ''} loading="lazy" /></a>;
}

const components: Components = {
  a: ({ href, children }) => <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>,
  pre: Pre as Components['pre'],
  img: Img as Components['img'],
  // GFM task list boxes: read-only, named by their state for screen readers
  input: ({ type, checked }) => (type === 'checkbox'
    ? <input type="checkbox" checked={!!checked} disabled aria-label={checked ? t('todo.completed') : t('todo.pending')} />
    : null),
  table: ({ children }) => <div className="table-wrap" tabIndex={0}><table>{children}</table></div>,
};

const remarkPlugins = [remarkGfm, remarkMath];
const rehypePlugins = [[rehypeKatex, { throwOnError: false, strict: false }], [rehypeHighlight, { detect: false }]] as never;

/** One block: rendered once and kept while later blocks stream in. */
const Block = memo(function Block({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}
      urlTransform={(url) => safeUrl(url)} skipHtml>
      {text}
    </Markdown>
  );
});

/**
 * An answer as rendered Markdown: GFM tables and task lists, KaTeX math, highlighted code with a
 * copy button, links in a new tab without an opener, images from the session's files. Raw HTML is
 * dropped and unsafe URLs emptied. Finished blocks are memoised: while streaming only the last
 * block renders again.
 */
export default function MarkdownView({ text, tail }: { text: string; tail?: ReactNode }) {
  const blocks = splitBlocks(text);
  return (
    <div className="markdown">
      {blocks.map((block, i) => <Block key={i} text={block} />)}
      {tail}
    </div>
  );
}
