// A progress's Cancel button stops the request under way: the client takes an AbortSignal.
import { ProgressLocation, window, type CancellationToken } from 'vscode';

/** How long a request runs before its progress notification shows. */
const PROGRESS_DELAY_MS = 700;

/** A signal that aborts when the user cancels the progress this token belongs to. */
export function abortOnCancel(token: CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

/**
 * Runs `task`; once it has run PROGRESS_DELAY_MS, a cancellable progress notification shows until it
 * ends, its Cancel aborting the task's signal. A quick request pops only its result, as the
 * workbench's own quick operations do, instead of a toast that is gone before it can be read.
 */
export async function withProgressWhenSlow<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const running = task(controller.signal);
  const timer = setTimeout(() => {
    void window.withProgress(
      { location: ProgressLocation.Notification, title, cancellable: true },
      (_progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        return running.then(
          () => undefined,
          () => undefined,
        );
      },
    );
  }, PROGRESS_DELAY_MS);
  try {
    return await running;
  } finally {
    clearTimeout(timer);
  }
}
