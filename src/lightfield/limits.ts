// How much of Lightfield's answers the client reads and keeps. A server (or whatever answers in its
// place) can send anything; these bounds keep memory, the stack and the messages people read small.
// Sizes come from the documented shapes (lightfield-api.md) with wide room to spare.

const KiB = 1024;
const MiB = 1024 * KiB;

/** Largest answer body read, per kind of answer; past it the request fails as too large. */
export const BODY_LIMIT_BYTES = {
  /** §4: four short properties and a list of scopes (~150 bytes). */
  auth: 64 * KiB,
  /** §3: one record; the documented create answer is 1.4 KB, and enrichment adds a few fields. */
  record: 1 * MiB,
  /** §7: a page of at most 25 records. */
  list: 8 * MiB,
  /** §5: the 12-field fixture is 5 KB; 8 MB holds thousands of fields with their select options. */
  definitions: 8 * MiB,
  /** §10: one error object of four short strings (~200 bytes). */
  error: 64 * KiB,
} as const;

export type AnswerKind = keyof typeof BODY_LIMIT_BYTES;

/** A server's message as people read it (notification, form); longer ones are cut. */
export const MAX_SERVER_MESSAGE_LENGTH = 500;
/** `type`, `code` and `param` of an error (§10) are short identifiers. */
export const MAX_ERROR_DETAIL_LENGTH = 200;

/** What is walked in a record (§3): its fields, and how deep and wide one value may be. */
export const RECORD_LIMITS = {
  /** The documented fixture has 12; workspaces add custom fields, not thousands. */
  fields: 2_000,
  relationships: 200,
  /** ADDRESS and FULL_NAME are objects of scalars, lists are lists of scalars: 2 levels. */
  valueDepth: 8,
  /** Items of one list value (emails, phones, options, relationship ids). */
  listItems: 1_000,
} as const;

/** `text` cut to `max` characters, with "…" where it was cut. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not leave half of a surrogate pair at the cut.
  return text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…';
}
