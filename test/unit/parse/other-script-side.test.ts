// A card printed in two scripts (message.ts otherScriptSide): the side above the sender's name line, in the
// other script, gives the sender's phone and address; a paragraph of prose or one in the name's own script does not.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const read = (text: string): { phones: string[]; address?: string } => {
  const contact = toPlainContact(parseContact(text));
  return { phones: contact.phones.map((p) => p.number), address: contact.address };
};

describe('a card in two scripts', () => {
  it("reads the other script's side above the Latin name block as the sender's", () => {
    const card =
      'Γεώργιος Παπαδάκης\nΔιευθυντής Πωλήσεων\nΛεωφ. Αλεξάνδρας 74, 114 73 Αθήνα\nΤηλ.: 210 555 0142\n\n' +
      'Georgios Papadakis\nSales Director\ng.papadakis@aegeanfoods.example\n';
    assert.deepEqual(read(card), { phones: ['+302105550142'], address: 'Λεωφ. Αλεξάνδρας 74, 114 73 Αθήνα' });
  });

  it('does not read a block above in the Latin script as the other side', () => {
    const twoPeople =
      'Nikos Andreou\nPurchasing\nLeof. Syngrou 44, 117 42 Athens\nTel.: 210 555 0177\n\n' +
      'Georgios Papadakis\nSales Director\ng.papadakis@aegeanfoods.example\n';
    assert.deepEqual(read(twoPeople), { phones: [], address: undefined });
  });

  it("does not read another person's block passed on in a message, or one over a sign-off, as the other side", () => {
    const passedOn =
      'Hi Anna,\n\nhere are the details of the supplier:\n\nООО «Ромашка»\nИван Петров\nтел. +7 495 555-01-42\n' +
      'г. Москва, ул. Ленина, 5\n\nJohn Smith\nProcurement Manager\njohn.smith@acme.example\n';
    assert.deepEqual(read(passedOn), { phones: [], address: undefined });
    const overSignOff =
      'Отдел продаж\nтел. +7 495 555-01-42\nг. Москва, ул. Ленина, 5\n\nBest regards,\nJohn Smith\njohn.smith@acme.example\n';
    assert.deepEqual(read(overSignOff), { phones: [], address: undefined });
  });
});
