// Asking for the API key: a password box that checks the key with GET /v1/auth/validate and stores it
// only when Lightfield accepts it; and the one "ask for a key, then try again" of every flow.
import { Disposable, InputBoxValidationSeverity, l10n, ThemeIcon, window } from 'vscode';
import { openSettings } from '../config/settings';
import { apiKeyProblem } from '../lightfield/apiKey';
import { isLightfieldError } from '../lightfield/errorGuard';
import { explainError, type Explanation, type RecoveryAction } from '../lightfield/explain';
import { LightfieldAccess } from './lightfieldAccess';
import { presentError } from './presentError';

/** Scopes the extension uses; a key without them is stored, with a warning. */
const NEEDED_SCOPES = ['contacts:read', 'contacts:create'];

/**
 * Asks for a key until Lightfield accepts one or the user gives up; true when a key was stored. The box
 * stays open while the key is checked (its busy bar is the progress) and shows a refusal in place, so the
 * user pastes again without a second prompt, and no toast is spent on it: the workbench shows only a few
 * toasts a second, and the one that says what the user asked for (the contact created) must not be lost.
 * A key submitted with Enter is checked to the end even when the box goes meanwhile (the user turned to
 * the palette, or pressed Escape: VS Code tells the two apart to no one): it is stored if accepted, and
 * the outcome, which the box can no longer show, is a toast; a refusal then too, whose Set API Key asks
 * again and then runs `again`: the flow that asked has ended by then.
 */
export function askForApiKey(access: LightfieldAccess, options: KeyPromptOptions = {}): Promise<boolean> {
  // One prompt at a time: a command run while a submitted key is being checked (Create Contact, right
  // after Set API Key) waits for that check instead of asking again; the prompt under way keeps its options.
  pendingPrompt ??= promptForKey(access, options).finally(() => (pendingPrompt = undefined));
  return pendingPrompt;
}

interface KeyPromptOptions {
  /** Say "saved" even when the box was open to the end (Set API Key). */
  confirm?: boolean;
  /** What asked for the key, run again once a key is stored after a refusal the box could not show. */
  again?: () => unknown;
}

let pendingPrompt: Promise<boolean> | undefined;

function promptForKey(access: LightfieldAccess, options: KeyPromptOptions): Promise<boolean> {
  const box = window.createInputBox();
  box.title = l10n.t('Lightfield API Key');
  box.prompt = l10n.t(
    'Paste your Lightfield API key. It is checked with Lightfield and kept in VS Code secret storage only.',
  );
  box.placeholder = 'sk_lf_…';
  box.password = true;
  box.ignoreFocusOut = true;
  const settingsButton = { iconPath: new ThemeIcon('gear'), tooltip: l10n.t('Open Settings') };
  return new Promise<boolean>((resolve) => {
    let ended = false;
    let hidden = false;
    const end = (stored: boolean) => {
      if (ended) return;
      ended = true;
      resolve(stored);
      Disposable.from(...listeners, box).dispose();
    };
    const listeners = [
      box.onDidChangeValue((value) => {
        box.validationMessage = value.trim() === '' ? undefined : apiKeyProblem(value.trim());
        box.buttons = [];
      }),
      box.onDidTriggerButton(() => void openSettings()),
      box.onDidHide(() => {
        hidden = true;
        // A key being checked was submitted: the check decides.
        if (!box.busy) end(false);
      }),
      box.onDidAccept(async () => {
        if (box.busy) return;
        const apiKey = box.value.trim();
        const problem = apiKey === '' ? l10n.t('Paste the key, or press Escape to cancel.') : apiKeyProblem(apiKey);
        if (problem) {
          box.validationMessage = problem;
          return;
        }
        box.busy = true;
        box.enabled = false;
        const verdict = await checkKey(access, apiKey);
        if (verdict.ok) {
          // Still busy while the key is stored: a hide meanwhile must not end the prompt as a cancel.
          await access.keys.store(apiKey);
          confirmSaved(verdict.scopes, options.confirm === true || hidden);
          end(true);
        } else if (hidden) {
          // The box is gone: the refusal is an error notification, whose Set API Key asks again.
          const { again } = options;
          void presentError(verdict.refusal, {
            setApiKey: again ? askForKeyThenRetry(access, again) : () => askForApiKey(access, options),
          });
          end(false);
        } else {
          box.busy = false;
          box.enabled = true;
          box.validationMessage = { message: verdict.refusal.message, severity: InputBoxValidationSeverity.Error };
          box.buttons = verdict.refusal.actions.includes('openSettings') ? [settingsButton] : [];
        }
      }),
    ];
    box.show();
  });
}

/**
 * A key without the scopes the extension uses is kept, but the user learns now why creates will fail.
 * Otherwise "saved" is said only when asked (Set API Key), or when the box was gone before the answer:
 * a key asked for on the way to a create is confirmed by the create's own message.
 */
function confirmSaved(scopes: readonly string[], confirm: boolean): void {
  const missing = scopes.length === 0 ? [] : NEEDED_SCOPES.filter((scope) => !scopes.includes(scope));
  if (missing.length === 0) {
    if (confirm) void window.showInformationMessage(l10n.t('Lightfield API key saved.'));
    return;
  }
  void window.showWarningMessage(
    l10n.t(
      'Lightfield API key saved, but it lacks {0}: creating contacts will be refused until a workspace admin grants it.',
      missing.map((scope) => `'${scope}'`).join(', '),
    ),
  );
}

/** A refusal is explained as every error is: its message and what can be done (Set API Key, Open Settings). */
type KeyVerdict = { ok: true; scopes: string[] } | { ok: false; refusal: Explanation };

const refusal = (message: string, actions: RecoveryAction[]): KeyVerdict => ({
  ok: false,
  refusal: { message, actions, fieldErrors: {}, retryable: false },
});

async function checkKey(access: LightfieldAccess, apiKey: string): Promise<KeyVerdict> {
  try {
    const validation = await access.client(apiKey).validateKey();
    if (!validation.active)
      return refusal(l10n.t('Lightfield says this API key is not active. The key was not saved.'), ['setApiKey']);
    return { ok: true, scopes: validation.scopes };
  } catch (error) {
    const kind = isLightfieldError(error) ? error.kind : undefined;
    if (kind === 'auth')
      return refusal(
        l10n.t(
          'Lightfield rejected this API key: check that you copied all of it and that it has not been revoked. The key was not saved.',
        ),
        ['setApiKey'],
      );
    const explanation = explainError(error, access.host());
    return refusal(
      l10n.t('{0} The key was not saved.', explanation.message),
      explanation.actions.includes('openSettings') ? ['openSettings', 'setApiKey'] : ['setApiKey'],
    );
  }
}

/**
 * The stored key (as `stored` reads it), or one the user sets now; undefined when they decline. `again` is
 * the flow asking, for a key the user sets only later, from the notification of a refusal.
 */
export async function ensureApiKey(
  access: LightfieldAccess,
  {
    stored = () => access.keys.get(),
    again,
  }: { stored?: () => Promise<string | undefined>; again?: () => unknown } = {},
): Promise<string | undefined> {
  return (await stored()) ?? ((await askForApiKey(access, { again })) ? access.keys.get() : undefined);
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
  const apiKey = await ensureApiKey(access, { again });
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
