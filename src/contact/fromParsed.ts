// Puts what the parser found in a text into the workspace's own fields, by definition: the name
// into the FULL_NAME field, phones into TELEPHONE fields (by kind when the labels say so), profiles
// into the SOCIAL_HANDLE field of their service, and so on. What has no field is reported, never
// silently dropped.
import * as l10n from '@vscode/l10n';
import type { PlainContact } from '../parse/plain';
import { conformDraft } from './draft';
import { FieldKind, FormField } from './formFields';
import { AddressDraft, ContactDraft } from './values';

export interface UnsavedValue {
  /** What the value is ("Company", "Fax"). */
  what: string;
  value: string;
}

export interface PrefilledDraft {
  draft: ContactDraft;
  /** Keys of the fields whose value came from the text. */
  fromText: string[];
  /** Found in the text, but the workspace has no field for it. */
  unsaved: UnsavedValue[];
}

/** Label patterns for fields that are found by what they are called rather than by key. */
const LABELS = {
  title: /\b(job\s*)?title\b|\bposition\b|\brole\b/i,
  company: /\bcompany\b|\borgani[sz]ation\b|\bemployer\b/i,
  website: /\bweb\s*site\b|\bwebsite\b|\bhomepage\b|\bweb\b|\bsite\b/i,
  fax: /\bfax\b/i,
  linkedin: /linked\s*in/i,
  twitter: /\btwitter\b|^x$/i,
};
const PHONE_LABELS: Record<string, RegExp> = {
  mobile: /\bmobile\b|\bcell\b|\bhandy\b/i,
  work: /\bwork\b|\boffice\b|\bdirect\b|\bbusiness\b/i,
  main: /\bmain\b|\bswitchboard\b|\bcompany\b/i,
};

/** True when the parser found nothing worth a contact. */
export function isEmptyParse(contact: PlainContact): boolean {
  return !contact.firstName && !contact.lastName && !contact.email && contact.phones.length === 0;
}

export interface PrefillOptions {
  /**
   * Put the company's name into the company picker (the account relationship), to be chosen or
   * created there. Only where a person reviews one contact; a list has no picker.
   */
  companyToPicker?: boolean;
  /** How a found number (E.164) is shown for reading; as found without it. */
  formatPhone?: (number: string) => string;
}

export function draftFromParsed(
  contact: PlainContact,
  fields: readonly FormField[],
  options: PrefillOptions = {},
): PrefilledDraft {
  const draft = conformDraft({}, fields);
  const formatPhone = options.formatPhone ?? ((number: string) => number);
  const fromText = new Set<string>();
  const unsaved: UnsavedValue[] = [];
  const ofKind = (kind: FieldKind) => fields.filter((field) => field.kind === kind);
  const first = (kind: FieldKind, key: string) => ofKind(kind).find((field) => field.key === key) ?? ofKind(kind)[0];
  const labelled = (kind: FieldKind, label: RegExp, except: string[] = []) =>
    ofKind(kind).find((field) => label.test(field.label) && !except.includes(field.key));

  /** Writes one value into a field: appended to a list, or set when the field is still empty. */
  const put = (field: FormField | undefined, value: string, what: string) => {
    const current = field ? draft[field.key] : undefined;
    if (field && Array.isArray(current)) {
      draft[field.key] = [...current.filter((v) => v !== ''), value];
    } else if (field && current === '') {
      draft[field.key] = value;
    } else {
      unsaved.push({ what, value });
      return;
    }
    fromText.add(field.key);
  };

  const name = first('fullName', '$name');
  if (contact.firstName || contact.lastName) {
    if (name) {
      draft[name.key] = { firstName: contact.firstName ?? '', lastName: contact.lastName ?? '' };
      fromText.add(name.key);
    } else {
      unsaved.push({ what: l10n.t('Name'), value: [contact.firstName, contact.lastName].filter(Boolean).join(' ') });
    }
  }
  if (contact.email) put(first('email', '$email'), contact.email, l10n.t('Email'));

  const phoneFields = ofKind('telephone');
  const faxField = phoneFields.find((field) => LABELS.fax.test(field.label));
  const voiceFields = phoneFields.filter((field) => field !== faxField);
  const primaryPhone = voiceFields.find((field) => field.key === '$phone') ?? voiceFields[0];
  for (const phone of contact.phones) {
    const byKind = voiceFields.find((field) => PHONE_LABELS[phone.type]?.test(field.label));
    put(byKind ?? primaryPhone, formatPhone(phone.number), l10n.t('Phone'));
  }
  for (const fax of contact.fax) put(faxField, formatPhone(fax), l10n.t('Fax'));

  if (contact.title)
    put(
      ofKind('text').find((field) => field.key === '$title') ?? labelled('text', LABELS.title),
      contact.title,
      l10n.t('Job title'),
    );
  const picker = options.companyToPicker ? ofKind('account')[0] : undefined;
  if (contact.company && picker) {
    draft[picker.key] = { id: '', name: contact.company };
    fromText.add(picker.key);
  } else if (contact.company) {
    put(labelled('text', LABELS.company), contact.company, l10n.t('Company'));
  }
  if (contact.website) put(labelled('url', LABELS.website, ['$profilePhotoUrl']), contact.website, l10n.t('Website'));
  if (contact.linkedin)
    put(socialField(fields, 'LINKEDIN') ?? labelled('url', LABELS.linkedin), contact.linkedin, l10n.t('LinkedIn'));
  if (contact.twitter)
    put(socialField(fields, 'TWITTER') ?? labelled('url', LABELS.twitter), contact.twitter, l10n.t('X (Twitter)'));

  if (contact.address) {
    const field = first('address', '$primaryAddress');
    if (field) {
      draft[field.key] = addressDraft(contact);
      fromText.add(field.key);
    } else {
      unsaved.push({ what: l10n.t('Address'), value: contact.address });
    }
  }
  return { draft, fromText: [...fromText], unsaved };
}

function socialField(fields: readonly FormField[], service: string): FormField | undefined {
  return fields.find((field) => field.kind === 'socialHandle' && field.handleService?.toUpperCase() === service);
}

function addressDraft(contact: PlainContact): AddressDraft {
  const parts = contact.addressParts ?? {};
  const hasParts = Boolean(parts.street || parts.city || parts.postalCode);
  // `GB`, `Bavaria, Germany` from a contacts file's region and country columns: places only, no street to write.
  const placesOnly = !hasParts && Boolean(parts.region || parts.country) && !/\p{Nd}/u.test(contact.address ?? '');
  return {
    street: hasParts || placesOnly ? (parts.street ?? '') : (contact.address ?? ''),
    street2: '',
    city: parts.city ?? '',
    state: parts.region ?? '',
    postalCode: parts.postalCode ?? '',
    country: parts.country ?? '',
  };
}
