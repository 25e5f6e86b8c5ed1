// Focus that what the host sends (a redraw, an outcome) would set while the user is elsewhere in VS Code
// (the palette, an editor): focus() in a webview pulls the keyboard into the panel, closing the palette
// under the user's fingers. Such a focus waits until the page has the keyboard again.

let waiting: HTMLElement | undefined;

/** Focuses `element` now when the page has the keyboard, else once it gets it back. */
export function focusInPage(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (document.hasFocus()) {
    waiting = undefined;
    element.focus();
  } else {
    waiting = element;
  }
}

/**
 * Once per page: the focus that waited lands when the page gets the keyboard back, unless the browser
 * gives back an element of its own (the one the user left, still on the page). A click that brought the
 * keyboard back still wins: its element takes the focus after this handler.
 */
export function focusWaitingOnReturn(page: Window): void {
  page.addEventListener('focus', () => {
    const element = waiting;
    waiting = undefined;
    const { activeElement, body } = page.document;
    if (!element || (activeElement && activeElement !== body)) return;
    (element.isConnected ? element : element.id ? page.document.getElementById(element.id) : null)?.focus();
  });
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
