/** The URL, or undefined when the text is not one. */
export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An http(s) address with a dotted host: what URL fields and links accept. */
export function isWebAddress(value: string): boolean {
  const url = parseUrl(value);
  return url !== undefined && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
}
