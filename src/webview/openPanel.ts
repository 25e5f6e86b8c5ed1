// The one contact form panel that may be open: opening it (ahead of the key read, with the cached
// fields, or the first time ever with the system fields), bringing it back after a window reload, and
// putting a new form or fresher fields into it. The panel itself (contactFormPanel.ts) routes its
// webview's messages.
import { commands, ViewColumn, window, type WebviewPanel } from 'vscode';
import { PANEL_VIEW_TYPE } from '../commandIds';
import { FormField } from '../contact/formFields';
import { ContactFormDeps } from '../services/contactFormDeps';
import { errorMessage } from '../base/errorMessage';
import { ContactFormPanel, PanelSlot } from './contactFormPanel';
import { formPanelTitle, formWebviewOptions } from './formPage';

let current: ContactFormPanel | undefined;
/** A panel opened before its form could be shown (openAhead): the next form opened in the active column takes it. */
let ahead: WebviewPanel | undefined;

const slot: PanelSlot = {
  current: () => current,
  closed: (panel) => {
    if (current === panel) current = undefined;
  },
  retry: (panel) => {
    if (current === panel) panel.retry();
    else void commands.executeCommand('lightfield.createContact');
  },
  startAnother: () => {
    if (current) current.startAnother();
    else void commands.executeCommand('lightfield.createContact');
  },
};

export const OpenFormPanel = {
  isOpen(): boolean {
    return current !== undefined;
  },

  /**
   * Brings the open form to the front, showing what the store now holds when that is another form
   * (a finished list was dropped, or the user chose a new contact); false when there is none.
   */
  revealExisting(deps: ContactFormDeps): boolean {
    if (!current) return false;
    const stored = deps.store.current();
    if (stored.formId !== current.formId && !current.creatingPeople) current.show({ form: stored });
    current.reveal();
    return true;
  },

  /** True while the open panel creates the people of a list: the list may not be replaced meanwhile. */
  isCreatingPeople(): boolean {
    return current?.creatingPeople ?? false;
  },

  /** Runs `work` once the open form's page is ready, or at once when none is open. */
  whenPageReady(work: () => void): void {
    if (current) current.whenPageReady(work);
    else work();
  },

  /** Gives the open form (if any) new fields; what was typed into fields that remain is kept. */
  updateFields(fields: FormField[]): void {
    current?.show({ fields });
  },

  /**
   * Opens the panel before its form is known (while the key is read), so that the workbench loads its
   * page meanwhile; the next form opened in the active column takes it, discardAhead closes it.
   */
  openAhead(deps: ContactFormDeps): void {
    if (current || ahead) return;
    const panel = createPanel(deps, ViewColumn.Active);
    panel.onDidDispose(() => {
      if (ahead === panel) ahead = undefined;
    });
    ahead = panel;
  },

  /** Closes the panel opened ahead if no form took it (no key was given, or the fields could not come). */
  discardAhead(): void {
    ahead?.dispose();
  },

  /** True when the open form shows the system fields only: the workspace's own have not come yet. */
  awaitsWorkspaceFields(): boolean {
    return current?.awaitsWorkspaceFields ?? false;
  },

  /**
   * Opens the form before the workspace's fields are known (none are cached yet), with the fields
   * every workspace has; or brings the open one to the front.
   */
  showSystemFields(deps: ContactFormDeps): void {
    if (current) current.reveal();
    else open(deps, deps.fieldsSource.system(), ViewColumn.Active, true);
  },

  /** Fetches the workspace's fields for the open form if it shows the system fields only, and shows them. */
  async fetchWorkspaceFields(apiKey: string): Promise<void> {
    await current?.workspaceFields(apiKey);
  },

  /**
   * Opens the form with these fields, or brings the open one to the front with them. A capture
   * opens it beside the editor its text came from.
   */
  show(deps: ContactFormDeps, fields: FormField[], column = ViewColumn.Active): void {
    if (!current) {
      open(deps, fields, column);
      return;
    }
    current.show({ fields, form: deps.store.current() });
    current.reveal();
  },

  /**
   * After a window reload VS Code hands back the panel that was open (WebviewPanelSerializer); it
   * shows the stored form again, draft included. Without a stored key it closes: nothing to show.
   */
  async restore(deps: ContactFormDeps, panel: WebviewPanel): Promise<void> {
    panel.webview.options = formWebviewOptions(deps.extensionUri);
    const apiKey = await deps.access.keys.get();
    if (!apiKey || current) {
      panel.dispose();
      return;
    }
    try {
      const fields = await deps.fieldsSource.load(apiKey, (fresher) => OpenFormPanel.updateFields(fresher));
      current = new ContactFormPanel(panel, deps, fields, slot);
    } catch (error) {
      // The stored draft stays: Create Contact shows it again once Lightfield answers.
      deps.access.log.warn(`Could not bring back the contact form after a reload: ${errorMessage(error)}`);
      panel.dispose();
    }
  },

  /** The open form (if any) shows what the store now holds. */
  reload(deps: ContactFormDeps): void {
    current?.show({ form: deps.store.current() });
  },
};

function open(deps: ContactFormDeps, fields: FormField[], column = ViewColumn.Active, systemFieldsOnly = false): void {
  const taken = column === ViewColumn.Active ? ahead : undefined;
  if (taken) ahead = undefined;
  const panel = taken ?? createPanel(deps, column);
  current = new ContactFormPanel(panel, deps, fields, slot, systemFieldsOnly);
}

function createPanel(deps: ContactFormDeps, column: ViewColumn): WebviewPanel {
  const options = formWebviewOptions(deps.extensionUri);
  return window.createWebviewPanel(PANEL_VIEW_TYPE, formPanelTitle(), column, options);
}
