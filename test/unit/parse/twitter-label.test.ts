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
    assert.equal(parseContact(profile('Twitter\nIlseTD')).twitter?.value, 'IlseTD');
  });

  it('reads no handle from a word that opens with the label', () => {
    for (const lines of ['XING', 'Xylophone', 'Twitterati', 'XING\nilse_draws']) {
      assert.equal(parseContact(profile(lines)).twitter, undefined, lines);
    }
  });

  it('reads no handle under a label from a capitalised name or a network', () => {
    for (const [label, below] of [
      ['x', 'Niamh'],
      ['X', 'Niamh'],
      ['Twitter', 'LinkedIn'],
      ['Twitter', 'linkedin'],
    ]) {
      const mail = `Hi Tom,\n\nThe proofs are attached.\n\n${label}\n${below}\nniamh.quill@postbox.example\n`;
      assert.equal(parseContact(mail).twitter, undefined, `${label} / ${below}`);
    }
  });
});
