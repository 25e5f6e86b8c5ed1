// A line spaced double throughout (web mail and OCR pad every word gap) with a real separator is parted
// at its separators only (text.ts splitSegments); a line with single spaces, or without a separator,
// keeps two spaces as a column's gap, unless the paste pads several lines so (text.ts markPaddedThroughout).
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

  it('keeps two spaces as column gaps on a line without a separator', () => {
    assert.deepEqual(segmentsOf('Directora  Ventas  Bodegas  Ruiz  SL'), [
      'Directora',
      'Ventas',
      'Bodegas',
      'Ruiz',
      'SL',
    ]);
    const contact = parseContact('Ines Ruiz\nDirectora  Ventas  Bodegas  Ruiz  SL\nines@bodegasruiz.example\n');
    assert.notEqual(contact.company?.value, 'Directora Ventas Bodegas Ruiz SL');
    assert.notEqual(contact.title?.value, 'Directora Ventas Bodegas Ruiz SL');
  });

  it('keeps an ideographic space inside a title as written', () => {
    const contact = parseContact('山本 健\n営業部\u3000課長\n株式会社ミドリ商事\nken@midori.example\n');
    assert.equal(contact.title?.value, '営業部\u3000課長');
  });

  it('gives the title and company of such a line with single spaces', () => {
    const contact = parseContact(
      'Saludos,\nLucía  Ortega\nJefa  de  Compras  |  Conservas  del  Norte  S.L.\nlucia.ortega@conservasnorte.example\n',
    );
    assert.equal(contact.title?.value, 'Jefa de Compras');
    assert.equal(contact.company?.value, 'Conservas del Norte S.L.');
  });
});

describe('splitSegments: a paste that pads the word gaps of several lines', () => {
  const segmentsIn = (text: string): string[][] =>
    prepare(text)
      .lines.filter((line) => !line.blank)
      .map((line) => splitSegments(line).map((s) => s.text));

  it('reads two spaces as word gaps on its lines without a separator, closed to one', () => {
    assert.deepEqual(segmentsIn('Ana  Ruiz  Gil\nJefa  de  Compras\n'), [['Ana Ruiz Gil'], ['Jefa de Compras']]);
    assert.deepEqual(segmentsIn('Eva  Lind\nGerente  Comercial\nLácteos  Norte\n'), [
      ['Eva Lind'],
      ['Gerente Comercial'],
      ['Lácteos Norte'],
    ]);
  });

  it('reads its lines with digits and its spaces before commas and colons as single-spaced', () => {
    const text =
      'Ana  Ruiz  Gil\nJefa  de  Compras ,  Zona  Norte\nCalle  Mayor  12 ,  28013  Madrid\nTel :  91  555  01  42\n';
    assert.deepEqual(segmentsIn(text), [
      ['Ana Ruiz Gil'],
      ['Jefa de Compras, Zona Norte'],
      ['Calle Mayor 12, 28013 Madrid'],
      ['Tel: 91 555 01 42'],
    ]);
  });

  it('keeps the input offsets of a value read from a padded line', () => {
    const text = 'Ana  Ruiz  Gil\nJefa  de  Compras\nConservas  del  Norte\nana@ruizgil.example\n';
    const title = parseContact(text).title;
    assert.equal(title?.value, 'Jefa de Compras');
    assert.equal(text.slice(title?.start, title?.end), 'Jefa  de  Compras');
  });

  it("counts a reply's quoted lines apart from the lines above them", () => {
    const text = 'Liam Walsh\nDirector  Kestrel\n\n> From:  Sabine  Keller\n> Subject:  Timber  offer\n> Dear  Liam\n';
    assert.deepEqual(segmentsIn(text)[1], ['Director', 'Kestrel']);
    assert.deepEqual(segmentsIn(text)[2], ['From: Sabine Keller']);
  });

  it('keeps them column gaps beside two lines of two words, or on lines with digits or single spaces', () => {
    assert.deepEqual(segmentsIn('SUZUKI  Daichi\n鈴木  大地\n'), [
      ['SUZUKI', 'Daichi'],
      ['鈴木', '大地'],
    ]);
    assert.deepEqual(segmentsIn('Ana  Ruiz  Gil\nJefa  de  Compras\nTel  +34 91 555 01 42\n')[2], [
      'Tel',
      '+34 91 555 01 42',
    ]);
  });
});

describe('a name line padded into three parts or more', () => {
  it('is no name when its parts name towns over a title, with no address spelling it', () => {
    const got = parseContact('Lisboa  Porto  Faro\nDiretor Comercial\ngeral@costaimoveis.example\n');
    assert.notEqual(got.firstName?.value, 'Lisboa');
    assert.notEqual(got.lastName?.value, 'Faro');
  });
});
