// The plan a vCard's national numbers are read in: the country its address names, else the one its city implies.
import * as assert from 'node:assert/strict';
import { parseVCard } from '../../../src/parse/vcard';
import { prepare } from '../../../src/parse/text';

const phonesOf = (adr: string, tel: string): string[] =>
  parseVCard(
    prepare(`BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nTEL;TYPE=WORK:${tel}\nADR;TYPE=WORK:${adr}\nEND:VCARD`).lines,
  )?.phones.map((phone) => phone.value.number) ?? [];

describe('a vCard’s national numbers', () => {
  it('are read in the country its address names', () => {
    assert.deepEqual(phonesOf(';;Calle Mayor 5;Madrid;;28013;España', '912 345 678'), ['+34912345678']);
  });

  it('are read in the country its city implies when the address names none that is known', () => {
    assert.deepEqual(phonesOf(';;Av. Vallarta 2440;Guadalajara;Jalisco;44130;', '33 3615 2280'), ['+523336152280']);
    assert.deepEqual(phonesOf(';;敦化北路222號5樓;松山區;台北市;105;台灣', '(02)2718-5566'), ['+886227185566']);
  });
});
