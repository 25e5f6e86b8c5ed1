// A line spaced double throughout (web mail and OCR pad every word gap) is parted at its separators
// only (text.ts splitSegments); a line with single spaces keeps two spaces as a column's gap.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import { prepare, splitSegments } from '../../../src/parse/text';

const segmentsOf = (line: string): string[] =>
  prepare(line)
    .lines.flatMap(splitSegments)
    .map((s) => s.text);

describe('splitSegments: a line spaced double throughout', () => {
  it('reads two spaces as a word gap when the line has no single space and several such gaps', () => {
    assert.deepEqual(segmentsOf('Jefa  de  Compras  |  Conservas  del  Norte  S.L.'), [
      'Jefa  de  Compras',
      'Conservas  del  Norte  S.L.',
    ]);
    assert.deepEqual(segmentsOf('Key  Account  Manager  –  Nordics'), ['Key  Account  Manager', 'Nordics']);
  });

  it('keeps two spaces as a column gap beside single spaces, or alone on the line', () => {
    assert.deepEqual(segmentsOf('Kungsgatan 8  +46 8 123 456 78'), ['Kungsgatan 8', '+46 8 123 456 78']);
    assert.deepEqual(segmentsOf('Mariam  Tsereteli'), ['Mariam', 'Tsereteli']);
  });

  it('gives the title and company of such a line with single spaces', () => {
    const contact = parseContact(
      'Saludos,\nLucía  Ortega\nJefa  de  Compras  |  Conservas  del  Norte  S.L.\nlucia.ortega@conservasnorte.example\n',
    );
    assert.equal(contact.title?.value, 'Jefa de Compras');
    assert.equal(contact.company?.value, 'Conservas del Norte S.L.');
  });
});
