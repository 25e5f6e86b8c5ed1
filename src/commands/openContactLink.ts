// "Open <Name> in Lightfield" (the lightbulb on an address the extension remembers): the contact's
// page in the browser, as the form's "Open in Lightfield" opens it.
import { env, Uri } from 'vscode';

export async function openContactLink(link: string): Promise<void> {
  await env.openExternal(Uri.parse(link));
}
