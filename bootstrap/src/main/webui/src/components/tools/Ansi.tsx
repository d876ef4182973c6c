import { AnsiUp } from 'ansi_up';
import { useMemo } from 'react';

/**
 * Terminal output with its ANSI colours. ansi_up escapes the text (HTML in the output stays text)
 * and only emits <span style="color:…"> for colour codes; links are not made clickable.
 */
export function AnsiOutput({ text, testId }: { text: string; testId?: string }) {
  const html = useMemo(() => {
    const ansi = new AnsiUp();
    ansi.use_classes = true;
    ansi.escape_html = true;
    return ansi.ansi_to_html(text);
  }, [text]);
  // eslint-disable-next-line react/no-danger -- escaped by ansi_up: only its own colour spans
  return <pre className="ansi-output" data-testid={testId} tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />;
}
