// The only reader of the extension's settings (ARCHITECTURE.md rule 7). Every value goes through one
// validator (settingRules.ts); what it replaces is logged once per distinct problem.
import { commands, env, workspace, type ConfigurationChangeEvent } from 'vscode';
import { choosePhoneCountry } from '../contact/phoneCountry';
import { BaseUrlCheck, checkBaseUrl } from '../lightfield/baseUrl';
import { checkSetting, SettingName } from './settingRules';

const SECTION = 'lightfield';

let logProblem: (line: string) => void = () => undefined;
const loggedProblems = new Set<string>();

/** Where a setting's problem is logged (the "Lightfield" output channel); once per distinct problem. */
export function logSettingProblemsTo(log: { warn(line: string): void }): void {
  logProblem = (line) => log.warn(line);
}

/** `section`: one configuration snapshot when a caller reads several settings together. */
function read<T>(name: SettingName, section = workspace.getConfiguration(SECTION)): T {
  const { value, problem } = checkSetting<T>(name, section.get<unknown>(name));
  if (problem !== undefined && !loggedProblems.has(problem)) {
    loggedProblems.add(problem);
    logProblem(problem);
  }
  return value;
}

/** `lightfield.baseUrl`, checked: where the key may be sent. */
export function baseUrl(): BaseUrlCheck {
  return checkBaseUrl(read<string>('baseUrl') || checkSetting<string>('baseUrl', undefined).value);
}

/** `lightfield.requestTimeoutSeconds` in milliseconds, per attempt, within the declared range. */
export function requestTimeoutMs(): number {
  return read<number>('requestTimeoutSeconds') * 1000;
}

/** `lightfield.hiddenFields`: field keys or labels the user never wants in the form. */
export function hiddenFields(): string[] {
  return read<string[]>('hiddenFields');
}

/** How a phone number typed without a country code is read (contact/phoneCountry.ts says in which order). */
export function defaultPhoneCountry(): string | undefined {
  return choosePhoneCountry({
    setting: read<string>('defaultPhoneCountry'),
    displayLanguage: env.language,
    osLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  });
}

export function openSettings(): Thenable<unknown> {
  return commands.executeCommand('workbench.action.openSettings', SECTION);
}

/**
 * The kinds of document (language ids) the lightbulb on email addresses serves:
 * `lightfield.codeActions.languages`, or none while `lightfield.codeActions.enabled` is off.
 * Read at activation: one configuration snapshot for both.
 */
export function codeActionLanguages(): string[] {
  const section = workspace.getConfiguration(SECTION);
  if (!read<boolean>('codeActions.enabled', section)) return [];
  return read<string[]>('codeActions.languages', section).filter((language) => language.trim() !== '');
}

/** True when `event` changes where or whether the lightbulb is offered. */
export function affectsCodeActions(event: ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.codeActions`);
}
