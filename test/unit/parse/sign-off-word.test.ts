// signOffWord: a sign-off line's letters as one folded word, as the reply-to-own-message and sign-off rules compare it.
import * as assert from 'node:assert/strict';
import { signOffWord } from '../../../src/parse/text';

describe('signOffWord', () => {
  it('reads a name written alone, its dash and full stop aside, folded', () => {
    assert.equal(signOffWord('— Daniela.'), 'daniela');
    assert.equal(signOffWord('Zoë'), 'zoe');
  });

  it('reads a letter-spaced name as the word it spells', () => {
    assert.equal(signOffWord('R A J E S H'), 'rajesh');
  });

  it('reads nothing from a line without letters', () => {
    assert.equal(signOffWord('— 2024 —'), undefined);
  });
});
