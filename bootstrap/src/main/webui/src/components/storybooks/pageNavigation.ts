/** The page index after a key press in the reader (null: the key does not turn pages). */
export function pageAfterKey(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight': case 'PageDown': return Math.min(last, index + 1);
    case 'ArrowLeft': case 'PageUp': return Math.max(0, index - 1);
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}

/** Keys typed into a field are the field's, not the reader's. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}
