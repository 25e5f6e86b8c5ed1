// Sentences giving the writer's own number: an invitation to text or call in English slang, a possessive before a
// short phone word in Spanish, Malay and Indonesian `saya` after the thing it owns.
import * as assert from 'node:assert/strict';
import { isFirstPerson } from '../../../src/parse/readable';

describe('a sentence giving the writer’s own number', () => {
  it('reads an invitation to text or ring the writer', () => {
    for (const text of [
      'flick me a text on 021 455 870',
      'give me a ring on 0412 555 019',
      'drop me a line at 555-0199',
    ])
      assert.ok(isFirstPerson(text), text);
  });

  it('reads a possessive before a short phone word, and `saya` after one', () => {
    for (const text of ['mi cel es 55 4412 9087', 'bisa telp saya di 0813-3012-3456', 'wa saya 0812 3456 7890'])
      assert.ok(isFirstPerson(text), text);
  });

  it('does not read another person’s number or a request for one', () => {
    for (const text of ['give him a ring on 0412 555 019', 'send us a quote by friday', 'nomor dia 0812 3456 7890'])
      assert.ok(!isFirstPerson(text), text);
  });
});
