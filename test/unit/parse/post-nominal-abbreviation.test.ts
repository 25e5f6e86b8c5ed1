// A lower-case abbreviation closing a name line (`hrl.`, `ml.`) is a post-nominal, not a name word.
import * as assert from 'node:assert/strict';
import { nameTokens } from '../../../src/parse/names';

const read = (text: string): string[] | undefined => nameTokens(text, 0)?.map((t) => t.text);

describe('a post-nominal abbreviation closing a name', () => {
  it('is dropped after two name words or more', () => {
    assert.deepEqual(read('Ragnheiður Ósk Björnsdóttir hrl.'), ['Ragnheiður', 'Ósk', 'Björnsdóttir']);
    assert.deepEqual(read('HALLDÓR GUNNARSSON hrl.'), ['HALLDÓR', 'GUNNARSSON']);
  });

  it('is no name word without its dot, nor after a single word', () => {
    assert.equal(read('Ragnheiður Björnsdóttir hrl'), undefined);
    assert.equal(read('Ragnheiður hrl.'), undefined);
  });
});
