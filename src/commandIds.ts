// The commands the manifest contributes: registered at activation (extension.ts), run by the table
// in dist/commands.js (commandTable.ts). Both bundles hold this list; it is all they share.
export const COMMAND_IDS = [
  'lightfield.createContact',
  'lightfield.createContactFromSelection',
  'lightfield.createContactFromClipboard',
  'lightfield.importContactsFromFile',
  'lightfield.refreshFields',
  'lightfield.setApiKey',
  'lightfield.removeApiKey',
  'lightfield.showLog',
] as const;

/** Run by the email lightbulb's actions only: not in the manifest, since they need a document and a position. */
export const LIGHTBULB_COMMAND_IDS = ['lightfield.createContactFromEmailAt', 'lightfield.openContactLink'] as const;

export type CommandId = (typeof COMMAND_IDS)[number] | (typeof LIGHTBULB_COMMAND_IDS)[number];

/** The contact form's webview type: the serializer registered at activation restores it after a reload. */
export const PANEL_VIEW_TYPE = 'lightfield.contactForm';
