// Asking for the API key: a password box, the key checked with GET /v1/auth/validate and stored
// only when Lightfield accepts it; and the one "ask for a key, then try again" of every flow.
import { l10n, ProgressLocation, window } from 'vscode';
import { openSettings } from '../config/settings';
import { apiKeyProblem } from '../lightfield/apiKey';
import { isLightfieldError } from '../lightfield/errorGuard';
import { explainError } from '../lightfield/explain';
import { LightfieldAccess } from './lightfieldAccess';
import { presentError, showError } from './presentError';

/** Scopes the extension uses; a key without them is stored, with a warning. */
const NEEDED_SCOPES = ['contacts:read', 'contacts:create'];

/** Asks for a key until one is accepted or the user gives up; true when a key was stored. */
export async function askForApiKey(access: LightfieldAccess): Promise<boolean> {
  for (;;) {
    const apiKey = (
      await window.showInputBox({
        title: l10n.t('Lightfield API Key'),
        prompt: l10n.t(
          'Paste your Lightfield API key. It is checked with Lightfield and kept in VS Code secret storage only.',
        ),
        placeHolder: 'sk_lf_…',
        password: true,
        ignoreFocusOut: true,
        validateInput: (value) =>
          value.trim() === '' ? l10n.t('Paste the key, or press Escape to cancel.') : apiKeyProblem(value.trim()),
      })
    )?.trim();
    if (apiKey === undefined) return false;

    const verdict = await checkKey(access, apiKey);
    if (verdict.ok) {
      await access.keys.store(apiKey);
      const missing =
        verdict.scopes.length === 0 ? [] : NEEDED_SCOPES.filter((scope) => !verdict.scopes.includes(scope));
      if (missing.length > 0) {
        void window.showWarningMessage(
          l10n.t(
            'Lightfield API key saved, but it lacks {0}: creating contacts will be refused until a workspace admin grants it.',
            missing.map((scope) => `'${scope}'`).join(', '),
          ),
        );
      } else {
        void window.showInformationMessage(l10n.t('Lightfield API key saved.'));
      }
      return true;
    }
    const again = l10n.t('Try Again');
    const settings = l10n.t('Open Settings');
    const choice = await showError(verdict.message, ...(verdict.openSettings ? [settings, again] : [again]));
    if (choice === settings) void openSettings();
    if (choice !== again) return false;
  }
}

type KeyVerdict = { ok: true; scopes: string[] } | { ok: false; message: string; openSettings: boolean };

async function checkKey(access: LightfieldAccess, apiKey: string): Promise<KeyVerdict> {
  try {
    const validation = await window.withProgress(
      { location: ProgressLocation.Notification, title: l10n.t('Checking the API key with Lightfield…') },
      () => access.client(apiKey).validateKey(),
    );
    if (!validation.active)
      return {
        ok: false,
        message: l10n.t('Lightfield says this API key is not active. The key was not saved.'),
        openSettings: false,
      };
    return { ok: true, scopes: validation.scopes };
  } catch (error) {
    const kind = isLightfieldError(error) ? error.kind : undefined;
    if (kind === 'auth')
      return {
        ok: false,
        message: l10n.t(
          'Lightfield rejected this API key: check that you copied all of it and that it has not been revoked. The key was not saved.',
        ),
        openSettings: false,
      };
    const explanation = explainError(error, access.host());
    return {
      ok: false,
      message: l10n.t('{0} The key was not saved.', explanation.message),
      openSettings: explanation.actions.includes('openSettings'),
    };
  }
}

/** The stored key (as `stored` reads it), or one the user sets now; undefined when they decline. */
export async function ensureApiKey(
  access: LightfieldAccess,
  stored: () => Promise<string | undefined> = () => access.keys.get(),
): Promise<string | undefined> {
  return (await stored()) ?? ((await askForApiKey(access)) ? access.keys.get() : undefined);
}

/** The Set API Key button of an error: asks for a key, and when one is stored, tries `again`. */
export function askForKeyThenRetry(access: LightfieldAccess, again: () => unknown): () => Promise<void> {
  return async () => {
    if (await askForApiKey(access)) await again();
  };
}

/** Runs `work` with the stored key (asking for one first); explains a failure with its remedies. */
export async function withKey(
  access: LightfieldAccess,
  again: () => Promise<void>,
  work: (apiKey: string) => Promise<void>,
): Promise<void> {
  const apiKey = await ensureApiKey(access);
  if (!apiKey) return;
  try {
    await work(apiKey);
  } catch (error) {
    await presentError(explainError(error, access.host()), {
      retry: again,
      setApiKey: askForKeyThenRetry(access, again),
    });
  }
}
