import { memo, useEffect, useRef } from 'react';
import type { AssistantItem, TimelineItem, ToolItem } from '../state/eventReducer';
import { pretty } from './format';
import { Icon } from './icons';
import { MediaPreview } from './MediaPreview';

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
      {items.length === 0 && <p className="muted empty">{emptyText ?? 'No messages yet.'}</p>}
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
          <summary>Reasoning</summary>
          <div className="reasoning-text">{item.reasoning}</div>
        </details>
      )}
      <div className="bubble">
        {item.text}
        {item.streaming && <span className="cursor" aria-hidden="true">▍</span>}
      </div>
    </div>
  );
});

const STATUS_TEXT: Record<ToolItem['status'], string> = {
  running: 'running', done: 'done', error: 'error', waiting: 'waiting for you',
};

const ToolCard = memo(function ToolCard({ item }: { item: ToolItem }) {
  const output = pretty(item.result);
  return (
    <div className="tool-card" data-testid="tool-card" data-tool-name={item.name} data-status={item.status}>
      <div className="tool-head">
        <span className="tool-name"><Icon name="tool" size={14} /> {item.name}</span>
        <span className={`badge status-${item.status}`}>{STATUS_TEXT[item.status]}</span>
      </div>
      <details>
        <summary>Input</summary>
        <pre className="tool-input">{pretty(item.input)}</pre>
      </details>
      <MediaPreview result={item.result} />
      {output && (
        <details open={item.status === 'error' || output.length < 400}>
          <summary>{item.status === 'error' ? 'Error' : 'Output'}</summary>
          <pre className="tool-output">{output}</pre>
        </details>
      )}
    </div>
  );
});
