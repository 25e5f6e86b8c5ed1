// A profile page's block of other people's profiles (`See also`, `Veja também`) is no line a contact is read from.
import * as assert from 'node:assert/strict';
import { readableLines } from '../../../src/parse/readable';
import { prepare } from '../../../src/parse/text';

const readable = (text: string): string[] =>
  readableLines(prepare(text).lines)
    .filter((line) => !line.blank)
    .map((line) => line.text);

describe('readableLines past a related-profiles block', () => {
  it('drops the heading and its block in several languages, keeping the text before and after it', () => {
    for (const heading of ['See also', 'Veja também', 'Otros ponentes', 'Weitere Referenten', 'Voir aussi:'])
      assert.deepEqual(
        readable(
          `Ana Lima\nCEO, Lima Têxtil\n\n${heading}\nRui Costa – CFO, Norte Sul\nEva Reis – COO, Mar Alto\n\nana@lima.example`,
        ),
        ['Ana Lima', 'CEO, Lima Têxtil', 'ana@lima.example'],
        heading,
      );
  });

  it('keeps the one line under such a heading: a link, not a list of profiles', () => {
    const text = 'Notes from the call are online.\nSee also:\nhttps://wiki.quillmere.example/q3\n\nTeodora Vasić';
    assert.deepEqual(readable(text), [
      'Notes from the call are online.',
      'See also:',
      'https://wiki.quillmere.example/q3',
      'Teodora Vasić',
    ]);
  });

  it('keeps a line that only holds such a word among others', () => {
    const text = 'See also the attached deck.\nRui Costa – CFO, Norte Sul';
    assert.deepEqual(readable(text), ['See also the attached deck.', 'Rui Costa – CFO, Norte Sul']);
  });
});
