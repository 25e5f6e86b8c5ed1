// Lightfield: Refresh Fields. Fetches the workspace's contact fields again and gives them to the open form.
import { l10n, ProgressLocation, window } from 'vscode';
import { withKey } from '../services/apiKeyPrompts';
import { ContactFormDeps } from '../services/contactFormDeps';
import { OpenFormPanel } from '../webview/openPanel';

export async function refreshFields(deps: ContactFormDeps): Promise<void> {
  await withKey(
    deps.access,
    () => refreshFields(deps),
    async (apiKey) => {
      const fields = await window.withProgress(
        {
          location: ProgressLocation.Notification,
          title: l10n.t('Refreshing Lightfield contact fields…'),
        },
        () => deps.fieldsSource.refresh(apiKey),
      );
      OpenFormPanel.updateFields(fields);
      void window.showInformationMessage(
        l10n.t('Lightfield contact fields refreshed: the form offers {0} fields.', fields.length),
      );
    },
  );
}
