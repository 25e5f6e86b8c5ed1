// Prose or a signature item (text.ts isProse): a role connector counts as a sentence's lower-case word
// unless it joins two capitalised words of a title or a firm's name.
import * as assert from 'node:assert/strict';
import { isConnector, isProse } from '../../../src/parse/text';

describe('isProse', () => {
  it('reads a sentence with connectors between lower-case words as prose', () => {
    assert.equal(isProse('Contact our Sales Manager for pricing and delivery'), true);
    assert.equal(isProse('Ask our team for a quote and a delivery date'), true);
  });

  it('reads connectors between capitalised words as part of a name, no prose', () => {
    assert.equal(isProse('Institut für Physik und Astronomie'), false);
    assert.equal(isProse('Head of Sales and Marketing'), false);
  });

  it('counts a surname conjunction (i, e, y) as a sentence word unless it joins two capitalised words', () => {
    assert.equal(isProse('Jutro Ewa i ja przyjedziemy'), true);
    assert.equal(isProse('Jordina Vilaplana i Ferrer'), false);
  });

  it('reads a firm closed by a legal form written out in words as no prose', () => {
    assert.equal(isProse('WARMIA-TRANS Spółka z ograniczoną odpowiedzialnością'), false);
    assert.equal(isProse('Tessin Drahtwerk Gesellschaft mit beschränkter Haftung'), false);
    assert.equal(isProse('Our spółka z ograniczoną odpowiedzialnością was registered in May'), true);
  });

  it('takes Portuguese da/do/dos/das for joining words only inside role lines (English do, German das)', () => {
    assert.equal(isConnector('of'), true);
    assert.equal(isConnector('do'), false);
    assert.equal(isConnector('das'), false);
  });
});
