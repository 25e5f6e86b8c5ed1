// Opening the contact form: makes sure there is a key, then shows the form before any request: with
// the cached contact fields (a fresher schema updates it), or the first time ever with its loading
// state; and giving the open form the fields the settings allow.
import { withKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { errorMessage } from '../shared/errorMessage';
import { ContactFormPanel } from './contactFormPanel';

export async function openContactForm(deps: ContactFormDeps): Promise<void> {
  if (ContactFormPanel.revealExisting()) return;
  await withKey(
    deps.access,
    () => openContactForm(deps),
    async (apiKey) => {
      const cached = deps.fieldsSource.cached(apiKey);
      if (cached) {
        ContactFormPanel.show(deps, cached);
        deps.fieldsSource.refreshInBackground(apiKey, (fresher) => ContactFormPanel.updateFields(fresher));
        return;
      }
      // The first time ever: the panel opens at once with its loading state, and the fields follow.
      ContactFormPanel.showLoading(deps);
      try {
        ContactFormPanel.updateFields(await deps.fieldsSource.refresh(apiKey));
      } catch (error) {
        ContactFormPanel.closeIfLoading();
        throw error;
      }
    },
  );
}

/** Shows the open form with the fields the settings now allow (lightfield.hiddenFields changed). */
export async function applyFieldSettings(deps: ContactFormDeps): Promise<void> {
  if (!ContactFormPanel.isOpen()) return;
  const apiKey = await deps.access.keys.get();
  if (!apiKey) return;
  try {
    ContactFormPanel.updateFields(
      await deps.fieldsSource.load(apiKey, (fresher) => ContactFormPanel.updateFields(fresher)),
    );
  } catch (error) {
    deps.access.log.warn(`Could not apply the changed field settings: ${errorMessage(error)}`);
  }
}
