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

  it("reads a comment headed by its author over a whole date and time, the agent's older comment below not the customer's", () => {
    const d = parseContact(
      'Requester: Ilka Varga\n\nIlka Varga\nMar 14, 2026, 09:42\nStill offline after the reset.\n\nIlka Varga\nLab Manager\n' +
        'Ostrom Labs Ltd\nTel. +44 20 7946 0321\n\nMika Sorell (Brightdesk Support)\n14.03.2026 08:15\nWe have reset it.\n' +
        'Mika Sorell\nSupport line: +1 (415) 555-0138\n',
    );
    assert.equal(d.lastName?.value, 'Varga');
    // The requester field names her, but her signature below heads her roles.
    assert.equal(d.title?.value, 'Lab Manager');
    assert.deepEqual(
      d.phones.map((p) => p.value.number),
      ['+442079460321'],
    );
  });
});
