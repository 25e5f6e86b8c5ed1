// An X/Twitter label reads the handle beside it, under it (a profile's contact panel) or after it in brackets; a
// longer word that merely opens with the letter X (a network's name heading the page, `XING`) labels nothing.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';

const profile = (lines: string): string =>
  `Ilse Tveitane\nHead of Design at Norrfjell Studio\n\n${lines}\nilse@norrfjell.example\n`;

describe('twitter: the label and the handle it names', () => {
  it('reads the handle after, under and before its label', () => {
    for (const lines of [
      'Twitter: ilse_draws',
      'X: @ilse_draws',
      'Twitter\nilse_draws',
      'X\n@ilse_draws',
      'ilse_draws (Twitter/X)',
      '@ilse_draws (X)',
    ]) {
      assert.equal(parseContact(profile(lines)).twitter?.value, 'ilse_draws', lines);
    }
  });

  it('reads no handle from a word that opens with the label', () => {
    for (const lines of ['XING', 'Xylophone', 'Twitterati', 'XING\nilse_draws']) {
      assert.equal(parseContact(profile(lines)).twitter, undefined, lines);
    }
  });

  it("reads a lower-case x over the writer's name as a sign-off's kiss, no label", () => {
    const mail = 'Hi Tom,\n\nThe proofs are attached.\n\nx\nMairéad\nmairead.quill@postbox.example\n';
    assert.equal(parseContact(mail).twitter, undefined);
    assert.equal(parseContact(mail).firstName?.value, 'Mairéad');
  });
});
