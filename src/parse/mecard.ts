// A MECARD, the one-line contact a business card's or a badge's QR code decodes to
// (`MECARD:N:Family,Given;TEL:…;EMAIL:…;ORG:…;ADR:…;;`): its fields are read as the vCard properties they
// stand for, so one reader (vcard.ts) drafts both. A scanner may glue noise before it; a badge prints text around it.
import { MAX_ROLE_WORDS } from './limits';
import { PATTERNS } from './patterns';
import { titleScore } from './roleCues';
import { isProse, words, type Line } from './text';
import type { ParsedContact } from './types';
import { cardDraft, type Property } from './vcard';

/** The MECARD keys that differ from the vCard property they stand for (`TEL-AV`, a video phone, is a phone). */
const VCARD_NAME: Readonly<Record<string, string>> = { 'TEL-AV': 'TEL' };

/**
 * The payload's `KEY:value` fields, split at each unescaped `;` up to the `;;` that ends the card (text after it is
 * the page's, not the card's), with the span of each value in the input.
 */
function fields(payload: string, start: number): Property[] {
  const props: Property[] = [];
  let from = 0;
  for (let i = 0; i <= payload.length; i++) {
    const ch = payload.charAt(i);
    if (ch === '\\' && i + 1 < payload.length) i++;
    else if (ch === ';' || i === payload.length) {
      const m = PATTERNS.meCardField.exec(payload.slice(from, i));
      if (m) {
        const key = (m[1] ?? '').toUpperCase();
        const value = m[2] ?? '';
        props.push({
          name: VCARD_NAME[key] ?? key,
          params: '',
          value,
          start: start + i - value.length,
          end: start + i,
        });
      }
      if (payload.charAt(i + 1) === ';') break;
      from = i + 1;
    }
  }
  return props;
}

/**
 * A field as the vCard property it stands for: `N:Family,Given` as `N:Family;Given` (a name without the comma is
 * written as said, a vCard's FN); an address as one line in an ADR's street, its comma-parted fields (DoCoMo's PO
 * box, room, street, town, region, code, country, often left empty: `ADR:,,5 Rue Vive,Lyon,,69002,France`) joined
 * without the empty ones.
 */
function asVCard(prop: Property): Property {
  if (prop.name === 'ADR') {
    const parts = prop.value.split(PATTERNS.unescapedComma).map((part) => part.trim());
    return { ...prop, value: `;;${parts.filter(Boolean).join(', ')}` };
  }
  if (prop.name !== 'N') return prop;
  return PATTERNS.unescapedComma.test(prop.value)
    ? { ...prop, value: prop.value.replace(PATTERNS.unescapedComma, ';') }
    : { ...prop, name: 'FN' };
}

/**
 * `NOTE:営業本部 第二営業部 部長`, `NOTE:Head of Procurement`: a MECARD has no field for the job title, so a card that
 * writes none in a TITLE of its own carries it in its NOTE; a note that reads as a title (title words, a role's few
 * words, no sentence) is one.
 */
function noteAsTitle(props: readonly Property[]): Property[] {
  if (props.some((prop) => prop.name === 'TITLE')) return [...props];
  const readsAsTitle = (value: string): boolean =>
    titleScore(value) > 0 && words(value).length <= MAX_ROLE_WORDS && !isProse(value);
  return props.map((prop) => (prop.name === 'NOTE' && readsAsTitle(prop.value) ? { ...prop, name: 'TITLE' } : prop));
}

/** A draft from the first MECARD in the text; undefined when it holds none. */
export function parseMeCard(lines: readonly Line[]): ParsedContact | undefined {
  for (const line of lines) {
    const m = PATTERNS.meCardStart.exec(line.raw);
    if (!m) continue;
    const from = m.index + m[0].length;
    const props = fields(line.raw.slice(from), line.start + from).map(asVCard);
    return props.length > 0 ? cardDraft(noteAsTitle(props)) : undefined;
  }
  return undefined;
}
