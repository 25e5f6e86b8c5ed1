// A helpdesk ticket's party label (`Requester:`) names its customer: theirs is the newest comment they write.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const agentsAnswer =
  'Mika Sorell (Support) — Yesterday 16:40\nHi Ilka,\nWe have reset the scanner profile.\nKind regards,\nMika Sorell\nSupport Engineer | Brightdesk\n';

describe('ticket party', () => {
  it("reads the customer's newest comment, unsigned by a sign-off, over the agent's older answer", () => {
    const d = parseContact(
      'Ticket #4410 — Scanner offline\nRequester: Varga, Ilka (ilka.varga@ostrom-labs.example)\nStatus: Open\n\n' +
        'Ilka Varga — Today 09:05\nStill offline after the reset.\n\nIlka Varga\nLab Manager\nOstrom Labs Ltd\n\n' +
        agentsAnswer,
    );
    assert.equal(d.firstName?.value, 'Ilka');
    assert.equal(d.lastName?.value, 'Varga');
    // The party label gives the address no comment repeats.
    assert.equal(d.email?.value, 'ilka.varga@ostrom-labs.example');
  });

  it("leaves the agent's answer theirs when it is the newest comment", () => {
    const d = parseContact(
      'Ticket #4410 — Scanner offline\nRequester: Ilka Varga <ilka.varga@ostrom-labs.example>\nStatus: Open\n\n' +
        agentsAnswer.replace('Yesterday', 'Today') +
        '\nIlka Varga — Yesterday 09:05\nThe scanner is offline.\n\nIlka Varga\nLab Manager\n',
    );
    assert.equal(d.lastName?.value, 'Sorell');
  });
});
