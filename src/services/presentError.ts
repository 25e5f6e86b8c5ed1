// The one presenter of errors: an error notification whose buttons do what the message suggests,
// and on every one Show Log, which opens Output → Lightfield (each request is logged there).
import { commands, l10n, window } from 'vscode';
import { openSettings } from '../config/settings';
import { Explanation, RecoveryAction } from '../lightfield/explain';

const BUTTON: Record<RecoveryAction, () => string> = {
  setApiKey: () => l10n.t('Set API Key'),
  retry: () => l10n.t('Retry'),
  openSettings: () => l10n.t('Open Settings'),
};

export interface Recovery {
  setApiKey?: () => unknown;
  retry?: () => unknown;
}

/** Shows the explanation; offers only the actions the caller can carry out, and Show Log. */
export async function presentError(explanation: Explanation, recovery: Recovery): Promise<void> {
  const available = explanation.actions.filter((action) => action === 'openSettings' || recovery[action] !== undefined);
  const choice = await showError(explanation.message, ...available.map((action) => BUTTON[action]()));
  const action = available.find((candidate) => BUTTON[candidate]() === choice);
  if (action === 'openSettings') await openSettings();
  else if (action) await recovery[action]?.();
}

/** An error notification with `buttons` and Show Log; the button chosen (Show Log is handled here). */
export async function showError(message: string, ...buttons: string[]): Promise<string | undefined> {
  const showLog = l10n.t('Show Log');
  const choice = await window.showErrorMessage(message, ...buttons, showLog);
  if (choice === showLog) await commands.executeCommand('lightfield.showLog');
  return choice === showLog ? undefined : choice;
}
