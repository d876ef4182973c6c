import { useEffect, useRef } from 'react';
import { preloadMarkdown } from '../markdown/Answer';
import type { InitialMessage } from './examples';

/**
 * Sends the home screen's prompt once the session is loaded (its agent type is known), then
 * clears it from the history entry so a reload or Back does not send it again. Also starts
 * loading the Markdown renderer.
 */
export function useInitialMessage(state: unknown, ready: boolean, send: (text: string, files: InitialMessage['files'], repository?: string) => void) {
  const done = useRef(false);
  useEffect(() => preloadMarkdown(), []);
  useEffect(() => {
    const initial = (state as { initial?: InitialMessage } | null)?.initial;
    if (!ready || done.current || !initial?.text) return;
    done.current = true;
    window.history.replaceState({ ...window.history.state, usr: undefined }, '');
    send(initial.text, initial.files ?? [], initial.repository);
  }, [state, ready, send]);
}
