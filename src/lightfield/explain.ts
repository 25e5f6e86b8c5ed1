// Turns a client error into what the user reads and what they can do next (ARCHITECTURE.md rule 6).
// Pure, so every wording is unit-tested; the host shows it (commands/presentError.ts).
import {
  LightfieldError,
  PermissionError,
  RedirectError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  ValidationError,
} from './errors';
import { capText } from './limits';

/** A notification stays readable: anything longer is cut. */
export const MAX_EXPLANATION_LENGTH = 800;

export type RecoveryAction = 'setApiKey' | 'retry' | 'openSettings';

export interface Explanation {
  message: string;
  actions: RecoveryAction[];
  /** Server-side field errors, by field key, to show at those fields. */
  fieldErrors: Record<string, string>;
  /** Sending the same request again may succeed (with the same idempotency key). */
  retryable: boolean;
}

/** `host` names the server in messages (e.g. "api.lightfield.app"); never a key. */
export function explainError(error: unknown, host: string): Explanation {
  const plain = (message: string, actions: RecoveryAction[] = [], retryable = false): Explanation => ({
    message: capText(message, MAX_EXPLANATION_LENGTH),
    actions,
    fieldErrors: {},
    retryable,
  });
  if (!(error instanceof LightfieldError))
    return plain(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  const unreachable = (why: string) =>
    plain(`Could not reach Lightfield at ${host} (${why}). Nothing was lost: retry when it is back.`, ['retry'], true);
  switch (error.kind) {
    case 'auth':
      return plain('Lightfield rejected the API key. Set a valid key and try again.', ['setApiKey']);
    case 'permission': {
      const scope = (error as PermissionError).requiredScope;
      const what = scope ? `the '${scope}' scope` : 'the permission this needs';
      return plain(
        `Your Lightfield API key lacks ${what}. Ask a workspace admin for a key with it, then set the new key.`,
        ['setApiKey'],
      );
    }
    case 'validation': {
      const validation = error as ValidationError;
      const field = validation.fieldKey;
      const explanation = plain(`Lightfield did not accept it: ${validation.message}`);
      if (field !== undefined) explanation.fieldErrors[field] = validation.message;
      return explanation;
    }
    case 'rateLimit':
      return plain('Lightfield is limiting how fast requests may be made. Wait a moment, then retry.', ['retry'], true);
    case 'conflict':
      return plain('Lightfield is still working on this request. Wait a moment, then retry.', ['retry'], true);
    case 'server':
      return unreachable(`server error ${(error as ServerError).status}`);
    case 'timeout':
      return unreachable(`no answer within ${(error as TimeoutError).timeoutMs / 1000} s`);
    case 'connection':
      return unreachable('network error');
    case 'insecureBaseUrl':
      return plain(error.message, ['openSettings']);
    case 'notFound':
      return plain(`Lightfield could not find it (it may have been deleted): ${error.message}`);
    case 'redirect': {
      const target = (error as RedirectError).locationOrigin ?? 'another address';
      return plain(
        `Lightfield at ${host} answered with a redirect to ${target}. Redirects are never followed, so nothing was sent there. If Lightfield has moved, change lightfield.baseUrl.`,
        ['openSettings'],
      );
    }
    case 'tooLarge': {
      const megabytes = Math.ceil((error as ResponseTooLargeError).limitBytes / 1024 / 1024);
      return plain(
        `Lightfield's answer was too large (over ${megabytes} MB), so it was not read. Nothing was lost; if it keeps happening, check lightfield.baseUrl.`,
      );
    }
    case 'cancelled':
      return plain('Cancelled. What you entered is kept.', ['retry'], true);
    case 'invalidKey':
      return plain(error.message, ['setApiKey']);
    case 'unexpected':
      return plain(
        `Lightfield answered in a way this extension does not understand: ${error.message}`,
        ['retry'],
        true,
      );
  }
}
