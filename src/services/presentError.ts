// The one presenter of errors: an error notification whose buttons do what the message suggests.
import * as vscode from 'vscode';
import { openSettings } from '../config/settings';
import { Explanation, RecoveryAction } from '../lightfield/explain';

const BUTTON: Record<RecoveryAction, string> = {
  setApiKey: 'Set API Key',
  retry: 'Retry',
  openSettings: 'Open Settings',
};

export interface Recovery {
  setApiKey?: () => unknown;
  retry?: () => unknown;
}

/** Shows the explanation; offers only the actions the caller can carry out. */
export async function presentError(explanation: Explanation, recovery: Recovery): Promise<void> {
  const available = explanation.actions.filter((action) => action === 'openSettings' || recovery[action] !== undefined);
  const choice = await vscode.window.showErrorMessage(
    explanation.message,
    ...available.map((action) => BUTTON[action]),
  );
  const action = available.find((candidate) => BUTTON[candidate] === choice);
  if (action === 'openSettings') await openSettings();
  else if (action) await recovery[action]?.();
}
