// A legal form written with a space after each dotted letter (`s. r. o.`, `B. V.`) is read as the one
// form it spells (formWords in text.ts), so the line naming the firm is no sentence and ends in its form.
import * as assert from 'node:assert/strict';
import { companyScore, COMPANY_LEGAL_WEIGHT, onlyLegalForms } from '../../../src/parse/roleCues';
import { formWords, isProse } from '../../../src/parse/text';

describe('formWords', () => {
  it('closes a run of dotted letters into one word', () => {
    assert.deepEqual(formWords('TATRAVEX, s. r. o.'), ['TATRAVEX,', 's.r.o.']);
    assert.deepEqual(formWords('Kroon Bouw B. V.'), ['Kroon', 'Bouw', 'B.V.']);
  });

  it('leaves a single initial and dotted words of more letters apart', () => {
    assert.deepEqual(formWords('Jan K. Smit'), ['Jan', 'K.', 'Smit']);
    assert.deepEqual(formWords('Ing. arch. Eva Horná'), ['Ing.', 'arch.', 'Eva', 'Horná']);
  });
});

describe('a legal form written spaced', () => {
  it('weighs as a legal form and is the whole of a form part', () => {
    assert.ok(companyScore('TATRAVEX HOLDING, s. r. o.') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(onlyLegalForms('s. r. o.'));
  });

  it('closes a firm line, which is then no sentence', () => {
    assert.equal(isProse('TATRAVEX HOLDING, s. r. o.'), false);
  });
});
