// Tiny DOM builder: attributes are set with setAttribute and children as text nodes, so user text
// is never parsed as HTML.
import { focusInPage } from './pageFocus';

export function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function setHidden(element: HTMLElement, hidden: boolean): void {
  element.toggleAttribute('hidden', hidden);
}

/** The input types with a caret (setSelectionRange throws on the others, `email` among them). */
const CARET_TYPES = new Set(['text', 'search', 'url', 'tel', 'password']);

const hasCaret = (element: Element | null): element is HTMLInputElement =>
  element instanceof HTMLInputElement && CARET_TYPES.has(element.type);

/**
 * Notes the element in focus, and the caret of an input that has one, before a redraw replaces it;
 * the function returned puts both back on the redrawn element of the same id (true when there is one).
 */
export function focusKeeper(): () => boolean {
  const focused = document.activeElement;
  const caret = hasCaret(focused) ? [focused.selectionStart, focused.selectionEnd] : undefined;
  return () => {
    const again = focused?.id ? document.getElementById(focused.id) : null;
    focusInPage(again);
    if (caret && hasCaret(again)) again.setSelectionRange(caret[0], caret[1]);
    return again !== null;
  };
}
