// Turns a client error into what the user reads and what they can do next (ARCHITECTURE.md rule 6).
// Pure, so every wording is unit-tested; the host shows it (services/presentError.ts).
import * as l10n from '@vscode/l10n';
import { errorMessage } from '../base/errorMessage';
import { isLightfieldError } from './errorGuard';
import type {
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
  if (!isLightfieldError(error)) return plain(l10n.t('Something went wrong: {0}', errorMessage(error)));
  const unreachable = (why: string) =>
    plain(
      l10n.t('Could not reach Lightfield at {0} ({1}). Nothing was lost: retry when it is back.', host, why),
      ['retry'],
      true,
    );
  switch (error.kind) {
    case 'auth':
      return plain(l10n.t('Lightfield rejected the API key. Set a valid key and try again.'), ['setApiKey']);
    case 'permission': {
      const scope = (error as PermissionError).requiredScope;
      const message = scope
        ? l10n.t(
            "Your Lightfield API key lacks the '{0}' scope. Ask a workspace admin for a key with it, then set the new key.",
            scope,
          )
        : l10n.t(
            'Your Lightfield API key lacks the permission this needs. Ask a workspace admin for a key with it, then set the new key.',
          );
      return plain(message, ['setApiKey']);
    }
    case 'validation': {
      const validation = error as ValidationError;
      const field = validation.fieldKey;
      const explanation = plain(l10n.t('Lightfield did not accept it: {0}', validation.message));
      if (field !== undefined) explanation.fieldErrors[field] = validation.message;
      return explanation;
    }
    case 'rateLimit':
      return plain(
        l10n.t('Lightfield is limiting how fast requests may be made. Wait a moment, then retry.'),
        ['retry'],
        true,
      );
    case 'conflict':
      return plain(l10n.t('Lightfield is still working on this request. Wait a moment, then retry.'), ['retry'], true);
    case 'server':
      return unreachable(l10n.t('server error {0}', (error as ServerError).status));
    case 'timeout':
      return unreachable(l10n.t('no answer within {0} s', (error as TimeoutError).timeoutMs / 1000));
    case 'connection':
      return unreachable(l10n.t('network error'));
    case 'insecureBaseUrl':
      return plain(error.message, ['openSettings']);
    case 'notFound':
      return plain(l10n.t('Lightfield could not find it (it may have been deleted): {0}', error.message));
    case 'redirect': {
      const target = (error as RedirectError).locationOrigin;
      return plain(
        target === undefined
          ? l10n.t(
              'Lightfield at {0} answered with a redirect to another address. Redirects are never followed, so nothing was sent there. If Lightfield has moved, change lightfield.baseUrl.',
              host,
            )
          : l10n.t(
              'Lightfield at {0} answered with a redirect to {1}. Redirects are never followed, so nothing was sent there. If Lightfield has moved, change lightfield.baseUrl.',
              host,
              target,
            ),
        ['openSettings'],
      );
    }
    case 'tooLarge': {
      const megabytes = Math.ceil((error as ResponseTooLargeError).limitBytes / 1024 / 1024);
      return plain(
        l10n.t(
          "Lightfield's answer was too large (over {0} MB), so it was not read. Nothing was lost; if it keeps happening, check lightfield.baseUrl.",
          megabytes,
        ),
      );
    }
    case 'cancelled':
      return plain(l10n.t('Cancelled. What you entered is kept.'), ['retry'], true);
    case 'invalidKey':
      return plain(error.message, ['setApiKey']);
    case 'unexpected':
      return plain(
        l10n.t('Lightfield answered in a way this extension does not understand: {0}', error.message),
        ['retry'],
        true,
      );
  }
}
