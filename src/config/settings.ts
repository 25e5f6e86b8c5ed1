// The only reader of the extension's settings (ARCHITECTURE.md rule 7).
import * as vscode from 'vscode';
import { BaseUrlCheck, checkBaseUrl } from '../lightfield/baseUrl';

const SECTION = 'lightfield';
export const DEFAULT_BASE_URL = 'https://api.lightfield.app';
const DEFAULT_TIMEOUT_SECONDS = 30;

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

/** `lightfield.baseUrl`, checked: where the key may be sent. */
export function baseUrl(): BaseUrlCheck {
  return checkBaseUrl(config().get<string>('baseUrl') || DEFAULT_BASE_URL);
}

/** `lightfield.requestTimeoutSeconds` in milliseconds, per attempt. */
export function requestTimeoutMs(): number {
  const seconds = config().get<number>('requestTimeoutSeconds', DEFAULT_TIMEOUT_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

export function openSettings(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
}
