// Each found value keeps its offsets: what the text says there is what the draft holds.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { revealObfuscatedEmails } from '../../../src/parse/obfuscatedEmail';
import { CORPORA, loadCases } from '../../parser/corpus';

const fold = (s: string): string => s.normalize('NFC').toLowerCase();
/**
 * The text as written, with a scan's capital I read as the l it stands for (`….exampIe` → `….example`),
 * without the spaces a scan put beside an address's `@` and dots (`ana @ firma . example`), or with its
 * bracketed at-word written out (`ana(at)firma.example`).
 */
const readings = (s: string): string[] => [
  fold(s),
  fold(s.replaceAll('I', 'l')),
  fold(s.replaceAll(' ', '')),
  fold(revealObfuscatedEmails(s)?.text.trimEnd() ?? s),
];
/**
 * What a scan's repair may have made of a source character (`1` → `l` or `i`, `0` → `o`, `4OO` → `400`, `lgnacio` →
 * `Ignacio`).
 */
const SCAN_READINGS: Readonly<Record<string, string>> = { '1': 'li', '0': 'o', o: '0', l: '1i', i: '1' };

/**
 * The value reads the source character by character, up to a scan's repair, in lower case the language-neutral way
 * or the Turkish one (a name in capitals with `İ` is cased so: `KIRAN` → `Kıran`).
 */
const readsScanned = (source: string, value: string): boolean =>
  [undefined, 'tr'].some((locale) => {
    const [a, b] = [source, value].map((s) => s.normalize('NFC').toLocaleLowerCase(locale)) as [string, string];
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i] && !(SCAN_READINGS[a[i] as string] ?? '').includes(b[i] as string)) return false;
    return true;
  });

describe('parser offsets', () => {
  for (const file of Object.values(CORPORA)) {
    for (const c of loadCases(file)) {
      it(`${c.id}: email, phones, title and company point at their text`, () => {
        const d = parseContact(c.text);
        const at = (v: { start: number; end: number }): string => c.text.slice(v.start, v.end);
        if (d.email && !c.text.includes('BEGIN:VCARD'))
          assert.ok(readings(at(d.email)).includes(d.email.value), `${at(d.email)} → ${d.email.value}`);
        if (!c.text.includes('BEGIN:VCARD')) {
          for (const key of ['title', 'company', 'firstName', 'lastName'] as const) {
            const v = d[key];
            if (v && !v.value.includes(' ') && !d.email?.value.includes(fold(v.value)))
              // A letter-spaced word (`J O H A N N A`) reads its source without the spaces.
              assert.ok(
                readsScanned(at(v), v.value) || readsScanned(at(v).replaceAll(' ', ''), v.value),
                `${key}: ${at(v)} → ${v.value}`,
              );
          }
        }
        for (const p of d.phones) assert.ok(c.text.slice(p.start, p.end).length > 0);
      });
    }
  }

  it('an address after its cue, on a line wrapped with an indent, points at its text', () => {
    const text =
      'Thanks,\nAna Souza\nana@x.example\nSua consulta ficou para quinta. Endereço: Kongens Vænge 2, 3400\n    Hillerød, Denmark';
    const { address } = parseContact(text);
    assert.equal(address?.value.line, 'Kongens Vænge 2, 3400 Hillerød, Denmark');
    assert.equal(text.slice(address.start, address.end), 'Kongens Vænge 2, 3400\n    Hillerød, Denmark');
  });
});
