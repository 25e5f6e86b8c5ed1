// What an attempt's answer means: a JSON value, or a typed error (its texts redacted and capped),
// and whether another attempt may get past it.
import * as l10n from '@vscode/l10n';
import { LightfieldError, UnexpectedResponseError, errorForStatus, parseErrorBody } from './errors';
import { MAX_ERROR_DETAIL_LENGTH, MAX_SERVER_MESSAGE_LENGTH, capText } from './limits';
import { isRetryableStatus } from './retry';
import { Attempt, Redact, RequestSpec } from './transport';

/** Failures that another attempt may get past; redirects, oversized answers and cancels are final. */
const RETRYABLE_FAILURES: ReadonlySet<LightfieldError['kind']> = new Set(['connection', 'timeout']);

export interface Outcome {
  value?: unknown;
  error?: LightfieldError;
  retryable: boolean;
}

export function attemptOutcome(attempt: Attempt, spec: RequestSpec, redact: Redact): Outcome {
  if (attempt.kind === 'failed') {
    // Network failures and timeouts are retried; a POST only with an idempotency key, so that a
    // request the server did get never creates a second record.
    const retryable =
      RETRYABLE_FAILURES.has(attempt.error.kind) && (spec.method === 'GET' || spec.idempotencyKey !== undefined);
    return { error: attempt.error, retryable };
  }
  const json = parseJson(attempt.text);
  if (attempt.status >= 200 && attempt.status < 300) {
    if (typeof json === 'object' && json !== null) return { value: json, retryable: false };
    return {
      error: new UnexpectedResponseError({
        status: attempt.status,
        message: l10n.t('Lightfield answered with a body that is not JSON.'),
      }),
      retryable: false,
    };
  }
  const parsed = parseErrorBody(json);
  const detail = (text: string | undefined) =>
    text === undefined ? undefined : capText(redact(text), MAX_ERROR_DETAIL_LENGTH);
  const error = errorForStatus(
    {
      status: attempt.status,
      type: detail(parsed.type),
      code: detail(parsed.code),
      param: detail(parsed.param),
      message: capText(
        redact(parsed.message ?? l10n.t('Lightfield answered HTTP {0}.', attempt.status)),
        MAX_SERVER_MESSAGE_LENGTH,
      ),
    },
    spec.scope,
  );
  const retryable =
    isRetryableStatus(attempt.status, attempt.headers) && (spec.method === 'GET' || spec.idempotencyKey !== undefined);
  return { error, retryable };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
