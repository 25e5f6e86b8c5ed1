// A letter's signer: the call name after initials, a civil servant's rank before the name, the signer over the
// letterhead's owner, and the blank lines left to sign in.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const contactOf = (text: string) => toPlainContact(parseContact(text));

describe('letter signers', () => {
  it('go by the call name bracketed after their initials (`J.H. (Joost) Hoekstra`)', () => {
    const { firstName, lastName } = contactOf('Met vriendelijke groet,\n\nmr. A.C. (Anouk) de Wit\nadvocaat\n');
    assert.deepEqual({ firstName, lastName }, { firstName: 'Anouk', lastName: 'de Wit' });
  });

  it('keep a family name that spells no rank though an abbreviated rank would (`Orr`)', () => {
    const { firstName, lastName } = contactOf(
      'Thanks for the quote.\n\nBest regards,\n\nOrr Deborah\nKestrel Works Ltd\n',
    );
    assert.ok([firstName, lastName].includes('Orr'), `${firstName} / ${lastName}`);
  });

  it('sign with a teacher’s rank before the name, its feminine written with an apostrophe (`OStD’`)', () => {
    const { firstName, lastName, title } = contactOf(
      "Liebe Eltern,\n\ndie Sprechtage sind am 12. März.\n\nMit freundlichen Grüßen\n\ngez. OStR' Dr. Mara Lindqvist-Hahn\nOberstufenkoordinatorin\n",
    );
    assert.deepEqual(
      { firstName, lastName, title },
      { firstName: 'Mara', lastName: 'Lindqvist-Hahn', title: 'Oberstufenkoordinatorin' },
    );
  });

  it('beat the owner the letterhead names at an equal score', () => {
    const { firstName, lastName } = contactOf(
      'Malerbetrieb Kranz e.K.\nInh. Dieter Kranz\nAm Anger 3 · 99084 Erfurt\nTel. 0361 5541 220\n\nSehr geehrter Herr Lutz,\n\nanbei unser Angebot.\n\nMit freundlichen Grüßen\ni. A. Nele Brandstätter\n',
    );
    assert.deepEqual({ firstName, lastName }, { firstName: 'Nele', lastName: 'Brandstätter' });
  });

  it('sign under the firm after the blank lines left for the pen', () => {
    const { firstName, title } = contactOf(
      'PT MAJU BERSAMA\nJl. Gatot Subroto No. 12, Jakarta 12930\nEmail: info@majubersama.example\n\nDengan hormat,\n\nBersama ini kami sampaikan laporan bulanan.\n\nHormat kami,\nPT Maju Bersama\n\n\n\nDewi Lestari\nManajer Keuangan\n',
    );
    assert.deepEqual({ firstName, title }, { firstName: 'Dewi', title: 'Manajer Keuangan' });
  });
});
