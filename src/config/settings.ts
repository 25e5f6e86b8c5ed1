// The only reader of the extension's settings (ARCHITECTURE.md rule 7).
import * as vscode from 'vscode';
import { choosePhoneCountry } from '../contact/phoneCountry';
import { BaseUrlCheck, checkBaseUrl } from '../lightfield/baseUrl';

const SECTION = 'lightfield';
const DEFAULT_BASE_URL = 'https://api.lightfield.app';
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

/** `lightfield.hiddenFields`: field keys or labels the user never wants in the form. */
export function hiddenFields(): string[] {
  const hidden = config().get<unknown>('hiddenFields', []);
  return Array.isArray(hidden) ? hidden.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** How a phone number typed without a country code is read (contact/phoneCountry.ts says in which order). */
export function defaultPhoneCountry(): string | undefined {
  return choosePhoneCountry({
    setting: config().get<string>('defaultPhoneCountry', ''),
    displayLanguage: vscode.env.language,
    osLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  });
}

export function openSettings(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
}
