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

  it('takes Portuguese da/do/dos/das for joining words only inside role lines (English do, German das)', () => {
    assert.equal(isConnector('of'), true);
    assert.equal(isConnector('do'), false);
    assert.equal(isConnector('das'), false);
  });
});
