// Lightfield: Create Contact.
import { ContactFormDeps } from '../services/contactFormDeps';
import { openContactForm } from '../webview/openForm';

export async function createContact(deps: ContactFormDeps): Promise<void> {
  await openContactForm(deps);
}
