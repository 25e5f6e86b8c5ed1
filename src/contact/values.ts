// One codec per kind of field: the empty value the form starts from, how an untrusted value is
// made to fit, and how a value is written on the wire (lightfield-api.md §6) or why it cannot be.
import * as l10n from '@vscode/l10n';
import { WriteValue } from '../lightfield/types';
import { isRecord } from '../lightfield/guards';
import { isCountryCode } from './countries';
import { isValidEmail } from './email';
import { FieldKind, FormField } from './formFields';
import { toProfileUrl } from './socialHandles';
import { isWebAddress } from './webAddress';

export interface NameDraft {
  firstName: string;
  lastName: string;
}

export const ADDRESS_PARTS = ['street', 'street2', 'city', 'state', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type AddressDraft = Record<AddressPart, string>;

/** A company: the account's id once one is chosen or created; until then only the name typed or found. */
export interface AccountDraft {
  id: string;
  name: string;
}

/** Per kind: a name, an address, a company, a checkbox, the values of a multi-value field, or one string. */
export type DraftValue = NameDraft | AddressDraft | AccountDraft | boolean | string[] | string;
export type ContactDraft = Record<string, DraftValue>;

export interface EncodeContext {
  /** E.164 for a typed phone number, undefined when it is none. Without it phones go as typed. */
  normalizePhone?: (typed: string) => string | undefined;
  /** The country normalizePhone reads a number without a country code in, for the message when it cannot. */
  phoneCountry?: string;
  /** The whole draft, for options that depend on another field's choice. */
  draft: ContactDraft;
  fields: readonly FormField[];
}

/** The wire value (undefined: leave the field out), or what is wrong with the typed value. */
type Encoded = { value?: WriteValue; error?: string };

interface Codec {
  empty(field: FormField): DraftValue;
  conform(raw: unknown, field: FormField): DraftValue;
  encode(value: DraftValue, field: FormField, context: EncodeContext): Encoded;
}

/** Upper bound for one typed value; far above any real contact detail, it keeps messages small. */
export const MAX_VALUE_LENGTH = 2_000;
/** Upper bound for the inputs of one multi-value field. */
export const MAX_VALUES_PER_FIELD = 20;
const DECIMAL = /^-?\d+(\.\d+)?$/; // -1200.50
const MAX_DECIMALS = 2;
const ISO_DATETIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)$/; // 2026-03-16T12:00:00+01:00

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_VALUE_LENGTH) : '';
}

/** The non-empty, trimmed values of a one- or many-value field. */
export function filledValues(value: DraftValue): string[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

const singleText: Pick<Codec, 'empty' | 'conform'> = {
  empty: () => '',
  conform: (raw) => text(Array.isArray(raw) ? raw[0] : raw),
};

/** One input per value; the form always shows at least one. */
const valueList: Pick<Codec, 'empty' | 'conform'> = {
  empty: () => [''],
  conform: (raw) => {
    const values = (Array.isArray(raw) ? raw : [raw]).slice(0, MAX_VALUES_PER_FIELD).map(text);
    return values.length > 0 ? values : [''];
  },
};

/** Several values when the field takes several, else one: the same conform for both. */
const oneOrMany: Pick<Codec, 'empty' | 'conform'> = {
  empty: (field) => (field.multiple ? valueList.empty(field) : singleText.empty(field)),
  conform: (raw, field) => (field.multiple ? valueList.conform(raw, field) : singleText.conform(raw, field)),
};

/** Checks each filled value; writes an array, or one string when the field takes one value. */
function eachValue(
  check: (value: string) => { value?: string; error?: string },
  asArray: (field: FormField) => boolean,
) {
  return (draft: DraftValue, field: FormField): Encoded => {
    const written: string[] = [];
    for (const value of filledValues(draft)) {
      const result = check(value);
      if (result.error !== undefined) return { error: result.error };
      written.push(result.value ?? value);
    }
    if (written.length === 0) return {};
    return { value: asArray(field) ? written : written[0] };
  };
}

function amount(draft: DraftValue): Encoded {
  const typed = filledValues(draft)[0]?.replace(/\s/g, '');
  if (typed === undefined) return {};
  if (!DECIMAL.test(typed))
    return { error: l10n.t('"{0}" is not a number. Use digits with a dot for decimals, like 1200.50.', typed) };
  if ((typed.split('.')[1] ?? '').length > MAX_DECIMALS)
    return { error: l10n.t('Use at most {0} decimals.', MAX_DECIMALS) };
  const number = Number(typed);
  if (Math.abs(number) > Number.MAX_SAFE_INTEGER) return { error: l10n.t('This number is too large.') };
  return { value: number };
}

/** Why a typed number was refused, naming the setting that says how numbers without a country code are read. */
function notAPhoneNumber(value: string, country: string | undefined): string {
  return country
    ? l10n.t(
        '"{0}" is not a phone number. Include the country code, like +44 20 7946 0958: numbers without one are read as {1} numbers (setting lightfield.defaultPhoneCountry).',
        value,
        country,
      )
    : l10n.t(
        '"{0}" is not a phone number. Include the country code, like +44 20 7946 0958, or choose a country in the setting lightfield.defaultPhoneCountry.',
        value,
      );
}

const CODECS: Record<FieldKind, Codec> = {
  text: { ...singleText, encode: (draft) => ({ value: filledValues(draft)[0] }) },
  number: { ...singleText, encode: amount },
  currency: { ...singleText, encode: amount },
  datetime: {
    ...singleText,
    encode: (draft) => {
      const typed = filledValues(draft)[0];
      if (typed === undefined) return {};
      if (!ISO_DATETIME_WITH_OFFSET.test(typed) || Number.isNaN(Date.parse(typed)))
        return { error: l10n.t('Enter a date and a time.') };
      return { value: typed };
    },
  },
  checkbox: {
    empty: () => false,
    conform: (raw) => raw === true,
    // Unchecked is the default: left out rather than written as false.
    encode: (draft) => (draft === true ? { value: true } : {}),
  },
  email: {
    ...valueList,
    encode: eachValue(
      (value) =>
        isValidEmail(value)
          ? {}
          : { error: l10n.t('"{0}" is not an email address. Use the form name@example.com.', value) },
      () => true,
    ),
  },
  telephone: {
    // One input or several, as the field says; always an array on the wire.
    ...oneOrMany,
    encode: (draft, field, context) =>
      eachValue(
        (value) => {
          if (!context.normalizePhone) return {};
          const e164 = context.normalizePhone(value);
          return e164 ? { value: e164 } : { error: notAPhoneNumber(value, context.phoneCountry) };
        },
        () => true,
      )(draft, field),
  },
  url: {
    ...oneOrMany,
    encode: eachValue(
      (value) =>
        isWebAddress(value)
          ? {}
          : { error: l10n.t('"{0}" is not a web address. Use the full address, starting with https://.', value) },
      (field) => field.multiple,
    ),
  },
  socialHandle: {
    ...singleText,
    encode: (draft, field) =>
      eachValue(
        (value) => {
          const profile = toProfileUrl(value, field.handleService);
          return profile.ok ? { value: profile.url } : { error: profile.error };
        },
        () => false,
      )(draft, field),
  },
  fullName: {
    empty: () => ({ firstName: '', lastName: '' }),
    conform: (raw) => {
      const name = isRecord(raw) ? raw : {};
      return { firstName: text(name.firstName), lastName: text(name.lastName) };
    },
    encode: (draft) => {
      const name = draft as NameDraft;
      const written: Record<string, string> = {};
      if (name.firstName.trim()) written.firstName = name.firstName.trim();
      if (name.lastName.trim()) written.lastName = name.lastName.trim();
      return Object.keys(written).length > 0 ? { value: written } : {};
    },
  },
  address: {
    empty: () => Object.fromEntries(ADDRESS_PARTS.map((part) => [part, ''])) as AddressDraft,
    conform: (raw) => {
      const address = isRecord(raw) ? raw : {};
      return Object.fromEntries(ADDRESS_PARTS.map((part) => [part, text(address[part])])) as AddressDraft;
    },
    encode: (draft) => {
      const written: Record<string, string> = {};
      for (const part of ADDRESS_PARTS) {
        const value = (draft as AddressDraft)[part].trim();
        if (value) written[part] = part === 'country' ? value.toUpperCase() : value;
      }
      if (written.country !== undefined && !isCountryCode(written.country))
        return { error: l10n.t('"{0}" is not a country code. Choose the country from the list.', written.country) };
      return Object.keys(written).length > 0 ? { value: written } : {};
    },
  },
  singleSelect: {
    empty: () => '',
    conform: (raw, field) => {
      const id = text(raw);
      return field.options?.some((option) => option.id === id) ? id : '';
    },
    encode: (draft, field, context) => {
      const id = draft as string;
      if (!id) return {};
      const option = field.options?.find((candidate) => candidate.id === id);
      const parent = field.parentFieldKey
        ? context.fields.find((candidate) => candidate.key === field.parentFieldKey)
        : undefined;
      const parentChoice = parent ? (context.draft[parent.key] as string | undefined) : undefined;
      if (option?.parentId && parent && parentChoice !== option.parentId) {
        return {
          error: l10n.t('"{0}" does not go with the {1} chosen. Choose again.', option.label, parent.label),
        };
      }
      return { value: id };
    },
  },
  account: {
    empty: () => ({ id: '', name: '' }),
    conform: (raw) => {
      const account = isRecord(raw) ? raw : {};
      return { id: text(account.id), name: text(account.name) };
    },
    encode: (draft, field) => {
      const { id, name } = draft as AccountDraft;
      if (id) return { value: field.multiple ? [id] : id };
      return name.trim()
        ? {
            error: l10n.t(
              'Choose the company "{0}" from the list, or create it in Lightfield, or clear the field.',
              name.trim(),
            ),
          }
        : {};
    },
  },
  multiSelect: {
    empty: () => [],
    conform: (raw, field) => {
      const known = new Set(field.options?.map((option) => option.id));
      return (Array.isArray(raw) ? raw : []).filter((id): id is string => typeof id === 'string' && known.has(id));
    },
    encode: (draft) => ((draft as string[]).length > 0 ? { value: [...(draft as string[])] } : {}),
  },
};

export function codecFor(field: FormField): Codec {
  return CODECS[field.kind];
}
