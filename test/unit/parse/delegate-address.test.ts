// An address after an assistant's words on its line (`Assistant: …`, `助理：…`) is the assistant's; a title that merely
// holds such a word (`Assistant Professor`, `Company Secretary`) is the signer's own, and so is the address after it.
import assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const signed = (titleLine: string): string =>
  `Thanks for the quick reply.\n\nBest regards,\nJane Doe\n${titleLine}\njane.doe.1984@gmail.com\n`;

describe('an address on a line naming an assistant', () => {
  it("keeps the signer's own address after a title holding an assistant's or secretary's word", () => {
    for (const line of [
      'Assistant Professor · jdoe@uni.example',
      'Executive Assistant to the CEO – jdoe@uni.example',
      'Company Secretary | jdoe@uni.example',
      'Secretary General – jdoe@uni.example',
    ])
      assert.equal(parseContact(signed(line)).email?.value, 'jdoe@uni.example', line);
  });

  it("marks down an address given as an assistant's", () => {
    for (const line of ['Assistant: Mark Roe · mroe@uni.example', '助理：王芳 / mroe@uni.example'])
      assert.notEqual(parseContact(signed(line)).email?.value, 'mroe@uni.example', line);
  });
});
