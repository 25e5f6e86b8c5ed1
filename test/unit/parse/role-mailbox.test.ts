// Role mailboxes (email.ts isRoleMailbox): a function's address in any language is nobody's own.
import * as assert from 'node:assert/strict';
import { isRoleMailbox } from '../../../src/parse/email';
import { parseContact } from '../../../src/parse/index';

describe('isRoleMailbox', () => {
  it('reads help, newsletter, tender and administration mailboxes in other languages as roles', () => {
    for (const local of ['ayuda', 'hilfe', 'nieuwsbrief', 'lettre', 'vergabe', 'contractacio', 'administracion'])
      assert.ok(isRoleMailbox(`${local}@firma.example`), local);
  });

  it('reads a conference’s chairs and organisers and a boardroom as roles, one chair or a practice’s rooms not', () => {
    assert.ok(isRoleMailbox('organisers@nwsa2027.example'));
    assert.ok(isRoleMailbox('boardroom4@harlow-group.example'));
    assert.ok(!isRoleMailbox('chair@acdr.example'));
    assert.ok(!isRoleMailbox('rooms@nkosimahlangu-md.example'));
  });

  it('leaves a text signed only by such a mailbox empty', () => {
    const contact = parseContact('The deadline is extended to 3 March.\n\nBest wishes,\norganisers@nwsa2027.example\n');
    assert.equal(contact.email, undefined);
    assert.equal(contact.firstName, undefined);
  });
});
