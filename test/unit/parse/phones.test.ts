// Phone numbers found in a signature's segments: labels, kinds, and a switchboard's extensions.
import * as assert from 'node:assert/strict';
import { findPhones } from '../../../src/parse/phones';
import { prepare, splitSegments } from '../../../src/parse/text';

const numbersIn = (text: string): string[] =>
  findPhones(prepare(text).lines.flatMap(splitSegments), 'DE').phones.map((p) => p.value.number);

describe('findPhones', () => {
  it('reads no date as a number, day first or year first', () => {
    assert.deepEqual(numbersIn('2026.04.11 Samstag\n14.04.2026\nMobil: 0170 448 2216'), ['+491704482216']);
  });

  it('composes a direct line from a switchboard and the extension below it', () => {
    assert.deepEqual(numbersIn('Zentrale: +49 203 555 180-0\nDurchwahl: -214'), ['+492035551800', '+49203555180214']);
  });

  it('reads only a direct-dial word before the extension', () => {
    assert.deepEqual(numbersIn('Tel. +49 203 555 180-0, DW -214'), ['+492035551800', '+49203555180214']);
    assert.deepEqual(numbersIn('Tel. +49 203 555 180-0, Raum -214'), ['+492035551800']);
  });

  it('does not give a later block’s extension to a switchboard farther up', () => {
    const text = 'Zentrale: +49 203 555 180-0\nBeispiel GmbH\nMusterweg 1\n47059 Duisburg\nDurchwahl: -214';
    assert.deepEqual(numbersIn(text), ['+492035551800']);
  });
});
