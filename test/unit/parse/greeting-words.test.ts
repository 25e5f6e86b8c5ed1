// Words that both greet and take leave (`Ahoj`, `Cześć`): not greeting words, so a closing one still signs off.
import * as assert from 'node:assert/strict';
import { isSignOff } from '../../../src/parse/readable';

describe('a word that both greets and takes leave', () => {
  it('closes a message as a sign-off', () => {
    for (const text of ['Ahoj,', 'Cześć,']) assert.ok(isSignOff(text), text);
  });

  it('does not make a listed greeting a sign-off', () => {
    for (const text of ['Hi all,', 'Witam,', 'Merhaba,']) assert.ok(!isSignOff(text), text);
  });
});
