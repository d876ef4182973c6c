import { memo, useEffect, useRef } from 'react';
import type { AssistantItem, TimelineItem } from '../state/eventReducer';
import { t } from '../i18n';
import { RenderedAnswer } from './markdown/Answer';
import { ToolCard } from './tools/ToolCard';
import { Icon } from './icons';

/** The conversation: user messages, assistant answers (streamed, with collapsible reasoning), tool cards, notices. */
export function Timeline({ items, emptyText }: { items: TimelineItem[]; emptyText?: string }) {
  const end = useRef<HTMLDivElement>(null);
  const last = items[items.length - 1];
  const lastSize = last?.kind === 'assistant' ? last.text.length + last.reasoning.length : 0;
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [items.length, lastSize]);
  return (
    <div className="timeline" aria-live="polite" aria-relevant="additions">
      {items.length === 0 && <p className="muted empty">{emptyText ?? t('timeline.empty')}</p>}
      {items.map((item) => {
        switch (item.kind) {
          case 'user':
            return (
              <div key={item.key} className="msg msg-user" data-testid="message-user">
                <div className="bubble">{item.text}</div>
                {item.files.length > 0 && <div className="attached"><Icon name="clip" size={13} /> {item.files.join(', ')}</div>}
              </div>
            );
          case 'assistant':
            return <Assistant key={item.key} item={item} />;
          case 'tool':
            return <ToolCard key={item.key} item={item} />;
          case 'notice':
            return (
              <div key={item.key} className={`notice notice-${item.level}`} data-testid="notice" data-code={item.code ?? undefined}>
                {item.message}
              </div>
            );
        }
      })}
      <div ref={end} />
    </div>
  );
}

const Assistant = memo(function Assistant({ item }: { item: AssistantItem }) {
  return (
    <div className="msg msg-assistant" data-testid="message-assistant" data-streaming={item.streaming}>
      {item.reasoning && (
        <details className="reasoning" data-testid="reasoning-block" open={item.streaming && !item.text}>
          <summary>{t('timeline.reasoning')}</summary>
          <div className="reasoning-text">{item.reasoning}</div>
        </details>
      )}
      <div className="bubble">
        <RenderedAnswer text={item.text} streaming={item.streaming} />
      </div>
    </div>
  );
});
