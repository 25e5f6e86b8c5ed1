// Each found value keeps its offsets: what the text says there is what the draft holds.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { CORPORA, loadCases } from '../../parser/corpus';

const fold = (s: string): string => s.normalize('NFC').toLowerCase();
/** The text as written, or with a scan's capital I read as the l it stands for (`….exampIe` → `….example`). */
const readings = (s: string): string[] => [fold(s), fold(s.replaceAll('I', 'l'))];
/** A word as a card's scan may write it: a 1 for an i or l, a 0 for an o (`Kr1stin`, `Ha1vorsen`). */
const scanned = (s: string): string => fold(s).replace(/[1l]/gu, 'i').replaceAll('0', 'o');

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
              assert.equal(scanned(at(v)), scanned(v.value), key);
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
