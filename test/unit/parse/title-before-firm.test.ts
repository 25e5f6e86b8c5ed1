// A title and a firm closed by its legal form on one line with no separator (roles.ts splitBeforeSuffixedFirm).
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const roles = (line: string, email = 'ines@kowalczyk.example'): [string | undefined, string | undefined] => {
  const contact = parseContact(`Ines Kowalczyk\n${line}\n${email}\n`);
  return [contact.title?.value, contact.company?.value];
};

describe('splitBeforeSuffixedFirm: the title ends where the firm’s proper nouns begin', () => {
  it('splits title words from a capitalised run closed by a legal form', () => {
    assert.deepEqual(roles('Leiterin Einkauf Vogt Metallbau GmbH'), ['Leiterin Einkauf', 'Vogt Metallbau GmbH']);
    assert.deepEqual(roles('Purchasing Coordinator Marigold Freight Ltd'), [
      'Purchasing Coordinator',
      'Marigold Freight Ltd',
    ]);
    assert.deepEqual(roles('Jefe de Compras Ferretería Almenara S.L.'), [
      'Jefe de Compras',
      'Ferretería Almenara S.L.',
    ]);
  });

  it('keeps a firm whole when a proper noun opens it or no legal form closes it', () => {
    assert.deepEqual(roles('Steuerberater Huber GmbH'), [undefined, 'Steuerberater Huber GmbH']);
    assert.equal(roles('Il·luminació Tècnica Empordà, S.L.')[1], 'Il·luminació Tècnica Empordà, S.L.');
    assert.equal(roles('Senior Engineer Northgate Systems')[1], undefined);
  });

  it('keeps a firm whole that opens with a lone title or department word, or spells the domain from its first word', () => {
    assert.deepEqual(roles('Marketing Solutions Lohmann GmbH', 'ines@msl.example'), [
      undefined,
      'Marketing Solutions Lohmann GmbH',
    ]);
    assert.deepEqual(roles('Senior Living Partners Ltd'), [undefined, 'Senior Living Partners Ltd']);
    assert.deepEqual(roles('Sales Training Experts Ltd'), [undefined, 'Sales Training Experts Ltd']);
    assert.deepEqual(roles('Executive Advisory Group Ltd', 'ines@executiveadvisory.example'), [
      undefined,
      'Executive Advisory Group Ltd',
    ]);
  });

  it('splits a lone title word off a firm that spells the domain', () => {
    assert.deepEqual(roles('Geschäftsführer Brenner Maschinenbau GmbH', 'ines@brenner-maschinenbau.example'), [
      'Geschäftsführer',
      'Brenner Maschinenbau GmbH',
    ]);
  });
});
