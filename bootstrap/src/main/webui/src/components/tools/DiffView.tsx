import { diffLines } from 'diff';
import { useMemo } from 'react';
import { t } from '../../i18n';

/** A line diff (removed red with "-", added green with "+"), with counts; text only, no HTML. */
export function DiffView({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffLines(before, after), [before, after]);
  const added = parts.filter((p) => p.added).reduce((n, p) => n + (p.count ?? 0), 0);
  const removed = parts.filter((p) => p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
  return (
    <div className="diff" data-testid="tool-diff">
      <div className="diff-stat muted small">
        <span className="diff-add">+{added}</span> <span className="diff-del">−{removed}</span> {t('tool.lines')}
      </div>
      <pre tabIndex={0} aria-label={t('tool.diff')}>
        {parts.flatMap((part, i) => part.value.replace(/\n$/, '').split('\n').map((line, j) => (
          <span key={`${i}-${j}`} className={part.added ? 'diff-line diff-add' : part.removed ? 'diff-line diff-del' : 'diff-line'}>
            {part.added ? '+ ' : part.removed ? '- ' : '  '}{line}{'\n'}
          </span>
        )))}
      </pre>
    </div>
  );
}
