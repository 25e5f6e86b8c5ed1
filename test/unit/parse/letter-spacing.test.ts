// A line set in spaced-out letters closed up into its words (letterSpacing.ts), each character keeping
// the offset it was read from; initials, digits and columns are left as written.
import * as assert from 'node:assert/strict';
import { closeLetterSpacing } from '../../../src/parse/letterSpacing';

const closed = (text: string): string | undefined => closeLetterSpacing(text)?.text.trimEnd();

describe('closeLetterSpacing', () => {
  it('closes up spaced-out words, a wider gap parting them, at the line’s length', () => {
    assert.equal(closed('K A R I N   S O L B E R G'), 'KARIN SOLBERG');
    assert.equal(closed('K O C H  &  W E B E R'), 'KOCH & WEBER');
    assert.equal(closed('(주) 새 별 정 밀'), '(주) 새별정밀');
    assert.equal(
      closed('A R C H I T E K T E N                  Projektleiterin'),
      'ARCHITEKTEN                  Projektleiterin',
    );
    assert.equal(closeLetterSpacing('K A R I N   S O L B E R G')?.text.length, 'K A R I N   S O L B E R G'.length);
  });

  it('maps each closed character back to its offset in the line', () => {
    const line = closeLetterSpacing('xy  A N N A');
    assert.deepEqual(line?.sourceAt.slice(0, 8), [0, 1, 2, 3, 4, 6, 8, 10]);
    // Padding maps to the line's last character: a span ending there stays inside the line.
    const padded = closeLetterSpacing('B O R D A');
    assert.deepEqual(padded?.sourceAt.slice(5), [8, 8, 8, 8, 9]);
  });

  it('leaves initials, digits and words alone', () => {
    assert.equal(closeLetterSpacing('A J P Taylor'), undefined);
    assert.equal(closeLetterSpacing('號 3 樓 5 室'), undefined);
    assert.equal(closeLetterSpacing('Karin Solberg, CEO'), undefined);
    assert.equal(closeLetterSpacing('A  B  C  D'), undefined);
  });

  it('leaves a run that runs on into its neighbours with single spaces, and spaced marks between letters', () => {
    assert.equal(closeLetterSpacing('R T K M van Dijk'), undefined);
    assert.equal(closeLetterSpacing('W X Y Z Transporte S.L.'), undefined);
    assert.equal(closeLetterSpacing('Director, P & Q & R & S Partners'), undefined);
    assert.equal(closeLetterSpacing('P & Q & R & S'), undefined);
    assert.equal(closeLetterSpacing('오늘 더 잘 할 수 있어요'), undefined);
    assert.equal(closeLetterSpacing('大阪 府 北 区 梅 田'), undefined);
  });
});
