// The draft as plain JSON (no offsets): what the command line prints and the scorer compares.
import type { AddressParts, ParsedContact, PhoneKind } from './types';

export interface PlainContact {
  firstName?: string;
  lastName?: string;
  email?: string;
  title?: string;
  company?: string;
  phones: Array<{ number: string; type: PhoneKind }>;
  fax: string[];
  website?: string;
  linkedin?: string;
  twitter?: string;
  address?: string;
  addressParts?: AddressParts;
}

export function toPlainContact(draft: ParsedContact): PlainContact {
  const address = draft.address?.value;
  const parts: AddressParts | undefined = address ? { ...address } : undefined;
  if (parts) delete (parts as { line?: string }).line;
  return {
    firstName: draft.firstName?.value,
    lastName: draft.lastName?.value,
    email: draft.email?.value,
    title: draft.title?.value,
    company: draft.company?.value,
    phones: draft.phones.map((p) => ({ number: p.value.number, type: p.value.kind })),
    fax: draft.fax.map((f) => f.value),
    website: draft.website?.value,
    linkedin: draft.linkedin?.value,
    twitter: draft.twitter?.value,
    address: address?.line,
    addressParts: parts,
  };
}
