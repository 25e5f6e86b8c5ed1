// A pure function's answers kept for the last few inputs, by key.
import assert from 'node:assert/strict';
import { boundedMemo } from '../../src/base/boundedMemo';

describe('bounded memo', () => {
  it('answers an input asked again from memory, undefined answers included', () => {
    const asked: string[] = [];
    const read = boundedMemo(
      (input: string) => {
        asked.push(input);
        return input.startsWith('+') ? input.replace(/\s/g, '') : undefined;
      },
      (input) => input,
      4,
    );
    assert.equal(read('+1 415 555 0123'), '+14155550123');
    assert.equal(read('not a number'), undefined);
    assert.equal(read('+1 415 555 0123'), '+14155550123');
    assert.equal(read('not a number'), undefined);
    assert.deepEqual(asked, ['+1 415 555 0123', 'not a number']);
  });

  it('keeps only the last inputs: the oldest is asked again', () => {
    const asked: string[] = [];
    const read = boundedMemo(
      (input: string) => asked.push(input),
      (input) => input,
      2,
    );
    read('a');
    read('b');
    read('c');
    read('b');
    read('a');
    assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  });
});
