// Files are decoded by their bytes: byte-order mark, else strict UTF-8, else Windows-1252.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, detectEncoding } from '../../../src/parse/decode';
import { readContacts } from '../../../src/parse/readContacts';
import { repoRoot } from '../../parser/corpus';

const file = (name: string): Uint8Array => fs.readFileSync(path.join(repoRoot(), 'test/fixtures/files', name));

describe('decodeText', () => {
  it('reads an Outlook CSV export saved as Windows-1252 with its accents', () => {
    const bytes = file('outlook-windows-1252.csv');
    assert.equal(detectEncoding(bytes), 'windows-1252');
    const reading = readContacts(decodeText(bytes), { format: 'csv' });
    assert.equal(reading.kind, 'people');
    if (reading.kind !== 'people') return;
    assert.deepEqual(
      reading.people.map((p) => [p.firstName, p.lastName, p.company, p.title]),
      [
        ['José', 'Muñoz Peña', 'Andes Café Ltda.', 'Director – Ventas'],
        ['Françoise', 'Dupré', 'Société Générale d’Exemple', 'Responsable'],
      ],
    );
  });

  for (const [name, encoding] of [
    ['contact-utf16le.vcf', 'utf-16le'],
    ['contact-utf16be.vcf', 'utf-16be'],
  ] as const) {
    it(`reads a ${encoding} vCard by its byte-order mark`, () => {
      const bytes = file(name);
      assert.equal(detectEncoding(bytes), encoding);
      const text = decodeText(bytes);
      assert.ok(text.startsWith('BEGIN:VCARD'), 'no byte-order mark left in the text');
      const reading = readContacts(text, { format: 'vcard' });
      assert.equal(reading.kind, 'people');
      if (reading.kind !== 'people') return;
      assert.equal(reading.people[0]?.firstName, 'Mary Ann');
      assert.equal(reading.people[0]?.lastName, 'Søndergård');
      assert.equal(reading.people[0]?.email, 'mary.ann@fjord.example');
    });
  }

  it('keeps UTF-8 as UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('Zoë Ångström');
    assert.equal(decodeText(utf8), 'Zoë Ångström');
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), 'Zoë Ångström');
  });

  it('maps Windows-1252 bytes 0x80–0x9F to their characters (€, quotes, dashes)', () => {
    assert.equal(decodeText(new Uint8Array([0x80, 0x20, 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0xe9])), '€ “A” – é');
  });
});
