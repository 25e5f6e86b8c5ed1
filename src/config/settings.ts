// The only reader of the extension's settings (ARCHITECTURE.md rule 7).
import * as vscode from 'vscode';
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

/**
 * `lightfield.defaultPhoneCountry`, else the region of VS Code's display language ("en-GB" → GB):
 * how a phone number typed without a country code is read. Undefined when neither says.
 */
export function defaultPhoneCountry(): string | undefined {
  const configured = config().get<string>('defaultPhoneCountry', '').trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(configured)) return configured;
  const region = /^[a-z]{2,3}-([a-z]{2})$/i.exec(vscode.env.language)?.[1];
  return region?.toUpperCase();
}

export function openSettings(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
}

/** `lightfield.codeActions.enabled`: the lightbulb on email addresses. */
export function codeActionsEnabled(): boolean {
  return config().get<boolean>('codeActions.enabled', true) !== false;
}

/** `lightfield.codeActions.languages`: the kinds of document (language ids) the lightbulb serves. */
export function codeActionLanguages(): string[] {
  const languages = config().get<unknown>('codeActions.languages', []);
  return Array.isArray(languages)
    ? languages.filter((language): language is string => typeof language === 'string' && language.trim() !== '')
    : [];
}

/** True when `event` changes where or whether the lightbulb is offered. */
export function affectsCodeActions(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.codeActions`);
}
