// The long-lived services the commands and the contact form share, built once at activation.
import * as vscode from 'vscode';
import { RecentContacts } from './recentContacts';
import { ContactFieldsSource } from './contactFields';
import { FormStore } from './formStore';
import { LightfieldAccess } from './lightfieldAccess';

export interface ContactFormDeps {
  extensionUri: vscode.Uri;
  access: LightfieldAccess;
  fieldsSource: ContactFieldsSource;
  store: FormStore;
  recent: RecentContacts;
}
