// Tiny DOM builder: attributes are set with setAttribute and children as text nodes, so user text
// is never parsed as HTML.

export function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function setHidden(element: HTMLElement, hidden: boolean): void {
  element.toggleAttribute('hidden', hidden);
}
