/**
 * Design mode's edits of a slide document. The slide is shown in a frame sandboxed WITHOUT
 * allow-scripts (so nothing of the slide runs) but with allow-same-origin, so this page can reach
 * its DOM: clicks select an element, its text and style change in place, and the document is
 * serialised back. The server still checks what is sent (no new script, handler or javascript: URL).
 */
export interface ElementStyle {
  text: string | null;
  color: string;
  fontSize: number;
  background: string;
}

const MARK = 'data-design-selected';

/** The element's editable state; text only when it holds text and no other element. */
export function readElement(element: HTMLElement): ElementStyle {
  const view = element.ownerDocument.defaultView;
  const computed = view ? view.getComputedStyle(element) : null;
  return {
    text: element.children.length === 0 ? element.textContent ?? '' : null,
    color: toHex(computed?.color ?? '#000000'),
    fontSize: Math.round(parseFloat(computed?.fontSize ?? '16')),
    background: toHex(computed?.backgroundColor ?? 'rgba(0, 0, 0, 0)'),
  };
}

/** Applies the changed fields to the element (inline style, text content). */
export function applyElement(element: HTMLElement, change: Partial<ElementStyle>) {
  if (change.text !== undefined && change.text !== null && element.children.length === 0) element.textContent = change.text;
  if (change.color) element.style.color = change.color;
  if (change.fontSize) element.style.fontSize = `${change.fontSize}px`;
  if (change.background) element.style.backgroundColor = change.background;
}

export function markSelected(doc: Document, element: HTMLElement | null) {
  doc.querySelectorAll(`[${MARK}]`).forEach((marked) => {
    const el = marked as HTMLElement;
    el.style.outline = el.getAttribute(MARK) ?? '';
    if (!el.getAttribute('style')) el.removeAttribute('style');
    el.removeAttribute(MARK);
  });
  if (element) {
    element.setAttribute(MARK, element.style.outline);
    element.style.outline = '3px solid #2563eb';
  }
}

/** The document as HTML again, without the selection mark. */
export function serialise(doc: Document): string {
  markSelected(doc, null);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '<!DOCTYPE html>';
  return `${doctype}\n${doc.documentElement.outerHTML}`;
}

function toHex(color: string): string {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!match) return color.startsWith('#') ? color : '#000000';
  if (match[4] !== undefined && Number(match[4]) === 0) return '';
  return `#${[match[1], match[2], match[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}
