// A letter's heading (firm, street, main line) is the signatory's firm's details when the letter is signed under
// its body: below the salutation, or — with none read — under the sign-off.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const parse = (text: string) => toPlainContact(parseContact(text));

describe('a letterhead', () => {
  it('is the signer’s under the sign-off when no salutation is read', () => {
    const draft = parse(
      'Vesterholm Revision ApS\nStrandgade 9 · 1401 København K · Tlf. 33 55 12 80\n\n' +
        'Vedr.: Årsregnskab 2025\n\nVi fremsender hermed udkast til årsregnskabet.\n\n' +
        'Med venlig hilsen\n\nLars Vesterholm\nStatsaut. revisor\nlars@vesterholm-revision.example\n',
    );
    assert.equal(draft.address, 'Strandgade 9, 1401 København K');
    assert.equal(draft.company, 'Vesterholm Revision ApS');
  });

  it('needs a postal address when no salutation is read: a subject line over an auto-reply is none', () => {
    const draft = parse(
      'Automatic reply: Order 2026/114\n\nI am out of the office until Monday.\n\n' +
        'Kind regards\nHenna Virtanen\nPurchasing\nhenna.virtanen@lakeside-wood.example\n',
    );
    assert.deepEqual(draft.phones, []);
  });

  it('ends at a labelled line its paragraph runs on into (the addressee’s, a reference)', () => {
    const draft = parse(
      'Kowalczyk Meble Sp. z o.o.\nul. Polna 12, 60-101 Poznań · tel. 61 555 20 40\nDo wiadomości: Dział Zakupów\n\n' +
        'Szanowni Państwo,\n\nw załączeniu przesyłamy ofertę.\n\nZ poważaniem\n\nEwa Kowalczyk\newa@kowalczyk-meble.example\n',
    );
    assert.equal(draft.address, 'ul. Polna 12, 60-101 Poznań');
  });

  it('stands under a one-line page heading written in several segments', () => {
    const draft = parse(
      'Scan — page 2\n\nOrrell & Pike LLP · 40 Castle Street · Liverpool L2 7LQ\n\nMr T. Garside\n9 Elm Road\nWirral CH47 2AB\n\n' +
        'Dear Mr Garside,\n\nPlease find our account enclosed.\n\nYours sincerely\n\nHannah Pike\nPartner\nh.pike@orrellpike.example\n',
    );
    assert.equal(draft.address, '40 Castle Street, Liverpool L2 7LQ');
  });
});
