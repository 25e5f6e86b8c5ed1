// A line that only draws a rule (text.ts): it separates a sign-off from the signature and is never a field.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { PATTERNS } from '../../../src/parse/patterns';

describe('a rule line', () => {
  it('is dashes, underscores, box drawing, or a lone em or en dash', () => {
    for (const line of [
      '--',
      '—',
      '–',
      '———',
      '— —',
      '────────',
      '┌────┐',
      '╌╌╌╌╌',
      '－－－',
      'ーーーー',
      '=====',
      '  __  ',
    ])
      assert.equal(PATTERNS.ruleLine.test(line), true, line);
    for (const line of ['-', 'a—b', '— Selin', 'ー', 'ソフトウェア'])
      assert.equal(PATTERNS.ruleLine.test(line), false, line);
  });

  it('lets the full name under a first-name sign-off be read as the name, not a title', () => {
    const { firstName, lastName, title } = toPlainContact(
      parseContact('Many thanks,\n\nSelin\n—\nSelin Aydemir\nselin@aydemir-studio.example\n'),
    );
    assert.deepEqual([firstName, lastName, title], ['Selin', 'Aydemir', undefined]);
  });

  it('drawn in box corners or Japanese ー parts the sign-off from the full name too', () => {
    for (const rule of ['┌──────┐', 'ーーーー', '－－－－']) {
      const { firstName, lastName, title } = toPlainContact(
        parseContact(`Many thanks,\n\nSelin\n${rule}\nSelin Aydemir\nselin@aydemir-studio.example\n`),
      );
      assert.deepEqual([firstName, lastName, title], ['Selin', 'Aydemir', undefined], rule);
    }
  });
});
