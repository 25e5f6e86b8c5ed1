// Words that both greet and take leave (`Ahoj`, `Cześć`): not greeting words, so a closing one still signs off.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { isSignOff } from '../../../src/parse/readable';

describe('a word that both greets and takes leave', () => {
  it('closes a message as a sign-off', () => {
    for (const text of ['Ahoj,', 'Cześć,']) assert.ok(isSignOff(text), text);
  });

  it('does not make a listed greeting a sign-off', () => {
    for (const text of ['Hi all,', 'Witam,', 'Merhaba,']) assert.ok(!isSignOff(text), text);
  });
});

describe('a greeting word of another language', () => {
  const parse = (text: string) => toPlainContact(parseContact(text));

  it('leaves the greeted name of an unsigned notice unread (Indonesian `Halo`, Luxembourgish `Léif`)', () => {
    for (const greeting of ['Halo Wulan Sasmita,', 'Léif Clienten,']) {
      const draft = parse(`${greeting}\n\nyour parcel is on its way.\n`);
      assert.equal(draft.firstName, undefined, greeting);
      assert.equal(draft.lastName, undefined, greeting);
    }
  });

  it('reads a Thai greeting with its polite particle run on as a greeting, not a name', () => {
    for (const greeting of ['สวัสดีค่ะ คุณสมชาย', 'สวัสดีครับ คุณมาลี']) {
      const draft = parse(`${greeting}\nยืนยันการนัดหมายวันพรุ่งนี้นะคะ\n`);
      assert.equal(draft.firstName, undefined, greeting);
      assert.equal(draft.lastName, undefined, greeting);
    }
  });
});
