// A scanned card's or letter's name line (names.ts scannedAsLetters, message.ts spreadOverLine), and a compound
// given name completed by a Marian invocation (names.ts devotionalNameEnd).
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const nameOf = (text: string): { firstName?: string; lastName?: string } => {
  const { firstName, lastName } = toPlainContact(parseContact(text));
  return { firstName, lastName };
};

describe('a scanned name line', () => {
  it('reads a lower-case l before a consonant as the capital I a scan misread', () => {
    for (const [given, local] of [
      ['lngrid', 'ingrid'],
      ['lvo', 'ivo'],
    ] as const)
      assert.deepEqual(nameOf(`Regards,\n\n${given} Sandvik\nBuyer\n${local}.sandvik@fjell.example\n`), {
        firstName: `I${given.slice(1)}`,
        lastName: 'Sandvik',
      });
  });

  it('reads a given name padded apart from its middle initial as one name', () => {
    assert.deepEqual(nameOf('NORTHWIND  LLP\nTessa  K. Abernathy-Lowe\nPartner\ntabernathy-lowe@northwind.example\n'), {
      firstName: 'Tessa',
      lastName: 'Abernathy-Lowe',
    });
  });
});

describe('Marian invocations in a given name', () => {
  it('complete the given name after its particle, before a double family name', () => {
    for (const given of ['Maria dos Anjos', 'María de las Mercedes', 'María de la Soledad'])
      assert.equal(nameOf(`Saludos,\n\n${given} Prieto Lemos\nDirectora\nmprieto@sol.example\n`).firstName, given);
  });
});
