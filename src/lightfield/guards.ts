/** A plain object (not null, not an array): the first check on anything parsed or received. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
