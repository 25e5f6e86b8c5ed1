// A progress's Cancel button stops the request under way: the client takes an AbortSignal.
import * as vscode from 'vscode';

/** A signal that aborts when the user cancels the progress this token belongs to. */
export function abortOnCancel(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
