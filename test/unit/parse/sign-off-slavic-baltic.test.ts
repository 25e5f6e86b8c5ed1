// Thanks and regards of the Slavic, Baltic, Romanian and Nordic languages close a message: no name is read
// from them, and the surnames that are also a bare thanks (Danish `Tak`, Swedish `Tack`) stay names.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { isSignOff } from '../../../src/parse/readable';

describe('sign-offs of the Slavic, Baltic, Romanian and Nordic languages', () => {
  it('close a message', () => {
    for (const text of [
      'Благодаря!',
      'Hvala!',
      'Ďakujem',
      'Ačiū!',
      'Pagarbiai',
      'Paldies!',
      'Aitäh!',
      'Mulțumesc!',
      'Takk!',
      'Дзякуй!',
    ])
      assert.ok(isSignOff(text), text);
  });

  it('give no first name to an unsigned message', () => {
    const draft = toPlainContact(
      parseContact(
        'От: radostina@zlatnaniva.example\nТема: Поръчка\n\nЗдравейте,\nмоля да изпратите каталога.\nБлагодаря!\n',
      ),
    );
    assert.equal(draft.firstName, 'Radostina');
  });

  it('leave a surname that is also a bare thanks word alone', () => {
    assert.ok(!isSignOff('Tak'));
    assert.ok(!isSignOff('Tack'));
  });
});
