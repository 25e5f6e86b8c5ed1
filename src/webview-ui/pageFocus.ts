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
 * Once per page: the focus that waited lands when the page gets the keyboard back, unless the user put
 * it somewhere themselves (a click), or the element has been redrawn without an id to find it by.
 */
export function focusWaitingOnReturn(page: Window): void {
  page.addEventListener('focus', () => {
    const element = waiting;
    waiting = undefined;
    const active = document.activeElement;
    if (!element || (active && active !== document.body)) return;
    (element.isConnected ? element : element.id ? document.getElementById(element.id) : null)?.focus();
  });
}
