// The long-lived services the commands and the contact form share, built once at activation.
import type { Uri } from 'vscode';
import { RecentContacts } from './recentContacts';
import { ContactFieldsSource } from './contactFields';
import { CreateFlowDeps } from './createFlow';
import { FormStore } from './formStore';
import { LightfieldAccess } from './lightfieldAccess';

export interface ContactFormDeps {
  extensionUri: Uri;
  access: LightfieldAccess;
  fieldsSource: ContactFieldsSource;
  store: FormStore;
  recent: RecentContacts;
}

/** What the create flow needs, for the workspace of this key. */
export function createFlowDeps(deps: ContactFormDeps, apiKey: string, newKey: () => string): CreateFlowDeps {
  const { access, recent } = deps;
  return { client: access.client(apiKey), recent, workspace: { baseUrl: access.baseUrl(), apiKey }, newKey };
}
