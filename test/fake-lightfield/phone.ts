// Telephone normalization as lightfield-api.md §6 describes the server doing it. Deliberately the
// spec's rules and nothing more (no per-country metadata): the stand-in must be predictable for tests.

/** `x100`, `ext:100`, `ext. 100`, `ext 100`, `#100` at the end of the number. */
const EXTENSION = /\s*(?:x|ext\.?:?|#)\s*(\d{1,10})$/i;
/** What may separate digits in a written number: spaces, dashes, dots, parentheses. */
const SEPARATORS = /[\s\-.()]/g;
/** North American number: area code and exchange both start with 2–9. */
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * `(202) 555-1234 x100` → `+12025551234;ext=100`; `undefined` when the spec's rules reject it.
 * With `+`: E.164 (8–15 digits, no leading 0). Without: a US number (10 digits, or 11 with a leading 1),
 * else a 7–15 digit local number. UNCONFIRMED how Lightfield stores a local number: the stand-in keeps
 * its bare digits.
 */
export function normalizeTelephone(input: string): string | undefined {
  const text = input.trim();
  const extension = EXTENSION.exec(text);
  const main = (extension ? text.slice(0, extension.index) : text).replace(SEPARATORS, '');
  const suffix = extension ? `;ext=${extension[1]}` : '';
  if (main.startsWith('+')) {
    return /^\+[1-9]\d{7,14}$/.test(main) ? main + suffix : undefined;
  }
  if (!/^\d+$/.test(main)) return undefined;
  const national = main.length === 11 && main.startsWith('1') ? main.slice(1) : main;
  if (NANP.test(national)) return `+1${national}${suffix}`;
  return main.length >= 7 && main.length <= 15 ? main + suffix : undefined;
}
