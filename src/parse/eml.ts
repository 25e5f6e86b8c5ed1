// An .eml file (RFC 5322 / MIME) → the contact of its sender. postal-mime reads the message
// (headers with RFC 2047 words, multipart, quoted-printable and base64, charsets); the sender comes
// from the From: header, the signature from the text part, or from the HTML part turned into text
// (html-to-text) when there is none. Both go through the parser as a pasted header and body would.
import { convert } from 'html-to-text';
import PostalMime from 'postal-mime';
import { parseContact } from './parseContact';
import { toPlainContact } from './plain';
import type { ContactsReading } from './readContacts';

/** A link keeps its target beside its text (`Website [https://…]`): a signature's site is often a word. */
const HTML_TO_TEXT = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'img', format: 'skip' },
  ],
};

/** `"Doe, Jane" <jane@x>`: the display name quoted, as a header that holds a comma writes it. */
function mailbox(name: string | undefined, address: string): string {
  return name ? `"${name.replaceAll('"', '')}" <${address}>` : address;
}

/** The message as a pasted header and body: `From: Name <addr>`, a blank line, the body text. */
async function emailAsText(raw: Uint8Array | string): Promise<string> {
  const email = await PostalMime.parse(raw);
  const body = email.text ?? (email.html ? convert(email.html, HTML_TO_TEXT) : '');
  const from = email.from?.address ? `From: ${mailbox(email.from.name, email.from.address)}\n\n` : '';
  return from + body;
}

/** The sender of an .eml message as one contact; an unreadable message gives an empty one. */
export async function readEmail(raw: Uint8Array | string): Promise<ContactsReading> {
  let text = '';
  try {
    text = await emailAsText(raw);
  } catch {
    // Not a message postal-mime can read: nothing found, as for any text without a contact.
  }
  const draft = parseContact(text);
  return { kind: 'single', contact: toPlainContact(draft), truncated: draft.truncated };
}
