// A MECARD (mecard.ts): the one-line contact a QR code decodes to, read through the vCard reader.
import * as assert from 'node:assert/strict';
import { parseMeCard } from '../../../src/parse/mecard';
import { prepare } from '../../../src/parse/text';

const read = (text: string) => parseMeCard(prepare(text).lines);

describe('parseMeCard: a QR code’s MECARD', () => {
  it('reads N as Family,Given and keeps escaped separators in their values', () => {
    const card = read('MECARD:N:Moreau\\, Jr.,Claire Anne;ORG:Atelier Sud\\; Nord;URL:https\\://sud.example;;');
    assert.equal(card?.lastName?.value, 'Moreau, Jr.');
    assert.equal(card?.firstName?.value, 'Claire Anne');
    assert.equal(card?.company?.value, 'Atelier Sud; Nord');
    assert.equal(card?.website?.value, 'https://sud.example');
  });

  it('reads a name without the comma in reading order, and TEL-AV as a phone', () => {
    const card = read('MECARD:N:Tomas Berg;TEL-AV:+46701234567;;');
    assert.deepEqual([card?.firstName?.value, card?.lastName?.value], ['Tomas', 'Berg']);
    assert.deepEqual(
      card?.phones.map((p) => p.value.number),
      ['+46701234567'],
    );
  });

  it('finds the card after a scanner’s noise, each value spanning its own text', () => {
    const text = '▚▞ MECARD:EMAIL:ana@rio.example;ADR:Rua Alegre 5\\, Porto;;';
    const card = read(text);
    const email = card?.email;
    assert.equal(text.slice(email?.start, email?.end), 'ana@rio.example');
    assert.equal(card?.address?.value.line, 'Rua Alegre 5, Porto');
  });

  it('reads no card from text that only names the format', () => {
    assert.equal(read('Scan the MECARD: it holds my number'), undefined);
  });
});
