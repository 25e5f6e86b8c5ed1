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

  it('joins an address’s comma-parted fields without the empty ones and ends the card at its `;;`', () => {
    const card = read('MECARD:N:Vidal,Rosa;ADR:,,5 Rue Vive,Lyon,,69002,France;;NOTE:the page, not the card;');
    assert.equal(card?.address?.value.line, '5 Rue Vive, Lyon, 69002, France');
    assert.equal(card?.lastName?.value, 'Vidal');
  });

  it('reads a NOTE that is a job title as the title (a MECARD has no title field), any other note not', () => {
    assert.equal(read('MECARD:N:Aske,Tove;NOTE:Head of Procurement;;')?.title?.value, 'Head of Procurement');
    assert.equal(read('MECARD:N:Aske,Tove;NOTE:Met at the fair on Tuesday, call back in May.;;')?.title, undefined);
  });

  it('keeps the last field when the payload ends on a lone backslash', () => {
    assert.equal(read('MECARD:EMAIL:rosa@vive.example;ORG:Vive\\')?.email?.value, 'rosa@vive.example');
    assert.equal(read('MECARD:ORG:Vive Atelier\\')?.company?.value, 'Vive Atelier\\');
  });

  it('reads no card from text that only names the format', () => {
    assert.equal(read('Scan the MECARD: it holds my number'), undefined);
  });
});
