/**
 * Project design mode's view of the page in the design frame (docs/projects.md, Design mode). The frame
 * is sandboxed without scripts but same-origin, so this page labels every element with a design id,
 * sends a snapshot of them with an iframe-plan request, applies the planned operations to its copy,
 * and recovers an element's HTML as the project's file holds it (without the labels added here).
 */
export const DESIGN_ID = 'data-design-id';
const SELECTED = 'data-design-selected';
const MAX_NODES = 1800;

export interface SnapshotNode {
  design_id: string;
  tag_name: string;
  class_name: string;
  id: string;
  text_content: string;
  html: string;
  parent_design_id: string | null;
}

export interface PlanOperation {
  op: string;
  design_id: string;
  property?: string | null;
  value?: string | null;
  text?: string | null;
}

/** Gives every element of the body (the body included) a design id, d0, d1, … in document order. */
export function labelElements(doc: Document) {
  const style = doc.createElement('style');
  style.setAttribute(DESIGN_ID, 'style');
  style.textContent = `[${SELECTED}] { outline: 2px solid #2563eb !important; outline-offset: 2px; }`;
  doc.head?.appendChild(style);
  [doc.body, ...Array.from(doc.body?.querySelectorAll('*') ?? [])].forEach((element, i) => {
    if (element) element.setAttribute(DESIGN_ID, `d${i}`);
  });
}

export function markSelected(doc: Document, element: Element) {
  doc.querySelectorAll(`[${SELECTED}]`).forEach((e) => e.removeAttribute(SELECTED));
  element.setAttribute(SELECTED, '');
}

/** The element's outer HTML without the attributes design mode added (so it matches the project's file). */
export function originalHtml(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  [copy, ...Array.from(copy.querySelectorAll('*'))].forEach((e) => { e.removeAttribute(DESIGN_ID); e.removeAttribute(SELECTED); });
  return copy.outerHTML;
}

/** A CSS path to the element (tag and position under each parent), for the AI change's context. */
export function selectorOf(element: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = element; e && e.tagName !== 'HTML'; e = e.parentElement) {
    const siblings = e.parentElement ? Array.from(e.parentElement.children).filter((s) => s.tagName === e!.tagName) : [];
    parts.unshift(siblings.length > 1 ? `${e.tagName.toLowerCase()}:nth-of-type(${siblings.indexOf(e) + 1})` : e.tagName.toLowerCase());
  }
  return parts.join(' > ');
}

export function snapshot(doc: Document): SnapshotNode[] {
  return Array.from(doc.querySelectorAll(`body[${DESIGN_ID}], body [${DESIGN_ID}]`)).slice(0, MAX_NODES).map((e) => ({
    design_id: e.getAttribute(DESIGN_ID)!,
    tag_name: e.tagName.toLowerCase(),
    class_name: (e.getAttribute('class') ?? '').slice(0, 500),
    id: (e.getAttribute('id') ?? '').slice(0, 200),
    text_content: (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 180),
    html: originalHtml(e).slice(0, 1200),
    parent_design_id: e.parentElement?.getAttribute(DESIGN_ID) ?? null,
  }));
}

/** Applies the plan to the frame's copy of the page; answers how many operations found their element. */
export function applyPlan(doc: Document, operations: PlanOperation[]): number {
  let applied = 0;
  for (const op of operations) {
    const element = doc.querySelector(`[${DESIGN_ID}="${CSS.escape(op.design_id)}"]`) as HTMLElement | null;
    if (!element) continue;
    if (op.op === 'set_style' && op.property) {
      element.style.setProperty(op.property, op.value ?? '');
      applied++;
    } else if (op.op === 'set_text' && typeof op.text === 'string') {
      element.textContent = op.text;
      applied++;
    }
  }
  return applied;
}
