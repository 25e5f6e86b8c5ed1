// One Idempotency-Key per user action (lightfield-api.md §9): a retry of the same contact reuses the
// key, so a create that reached Lightfield before the connection failed is never made twice; a
// changed contact is a new action and gets a new key, since a reused key would silently return the
// first contact.
export interface PendingCreate {
  idempotencyKey: string;
  /** The exact body the key was first used for, as JSON. */
  body: string;
}

/** `body`: what is sent (for an update, with the target's id): the key stays only while it is the same. */
export function pendingCreateFor(
  body: unknown,
  previous: PendingCreate | undefined,
  newKey: () => string,
): PendingCreate {
  const json = JSON.stringify(body);
  if (previous && previous.body === json) return previous;
  return { idempotencyKey: newKey(), body: json };
}
