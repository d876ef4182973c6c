import { memo } from 'react';
import type { ToolItem } from '../../state/eventReducer';
import { pretty } from '../format';
import { Icon } from '../icons';
import { t } from '../../i18n';
import { errorMessage, formatDuration } from './data';
import { toolCardFor } from './registry';
import { MediaPreview } from '../MediaPreview';

/**
 * One tool call: name, status and duration, the body its kind draws (registry.tsx), a clear
 * message when it failed, and the raw input and output as JSON behind "Details".
 */
export const ToolCard = memo(function ToolCard({ item }: { item: ToolItem }) {
  const Body = toolCardFor(item.name);
  const duration = item.startedAt != null && item.endedAt != null ? item.endedAt - item.startedAt : null;
  return (
    <div className="tool-card" data-testid="tool-card" data-tool-name={item.name} data-status={item.status}>
      <div className="tool-head">
        <span className="tool-name"><Icon name="tool" size={14} /> {item.name}</span>
        {duration != null && <span className="muted small" data-testid="tool-duration">{formatDuration(duration)}</span>}
        <span className={`badge status-${item.status}`}>{t(`tool.status.${item.status}`)}</span>
      </div>
      {item.status === 'error' ? (
        <div className="tool-error" role="alert" data-testid="tool-error">{errorMessage(item.result) || t('tool.failed')}</div>
      ) : <Body item={item} />}
      <MediaPreview result={item.result} />
      <details className="tool-details" data-testid="tool-details">
        <summary>{t('tool.details')}</summary>
        <div className="small muted">{t('tool.input')}</div>
        <pre className="tool-input" tabIndex={0}>{pretty(item.input)}</pre>
        {item.result !== undefined && (<>
          <div className="small muted">{t('tool.output')}</div>
          <pre className="tool-output-raw" tabIndex={0}>{pretty(item.result)}</pre>
        </>)}
      </details>
    </div>
  );
});
