// base/: what every folder of src/ may use; language-level helpers that know nothing of the product.
/** What an error says, for a log line: its message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
