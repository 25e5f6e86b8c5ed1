// A help desk's or tracker's comment header (`Chloe (Billing) — Mar 11, 2025 09:47`): its author, tag and stamp.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

const header = (line: string): { author: string; stamp: string } | undefined => {
  const m = PATTERNS.commentHeader.exec(line);
  return m?.[1] && m[2] ? { author: m[1], stamp: m[2] } : undefined;
};
const relative = (stamp: string): boolean => PATTERNS.relativeStamp.test(stamp);

describe('comment header', () => {
  it('reads a one-word author with its tag, a dash and a dated stamp', () => {
    assert.deepEqual(header('Marta (Help Desk) — Apr 02, 2025 10:15'), {
      author: 'Marta (Help Desk)',
      stamp: 'Apr 02, 2025 10:15',
    });
  });

  it('reads a full name without a tag before a dot and a relative stamp', () => {
    assert.deepEqual(header('Jonas Eklund · 3 hours ago'), { author: 'Jonas Eklund', stamp: '3 hours ago' });
    assert.deepEqual(header('Kovač, Ivana | hace 2 días'), { author: 'Kovač, Ivana', stamp: 'hace 2 días' });
  });

  it('reads no one-word author without a tag (`You · 9:47` names no one)', () => {
    assert.equal(header('You · 9:47'), undefined);
  });

  it('reads no line whose part after the name is a sentence', () => {
    assert.equal(header('Bruno Sá — thanks, that works for me and the team tomorrow'), undefined);
  });
});

describe('relative stamp', () => {
  it('reads the forms of `ago` in the languages of help desks', () => {
    for (const stamp of ['2 hours ago', 'an hour ago', 'há 3 dias', 'il y a 2 jours', 'vor 5 Minuten', '4 ore fa'])
      assert.ok(relative(stamp), stamp);
    for (const stamp of ['3 dagen geleden', 'för 2 timmar sedan', '2 godziny temu', '5分前', '3小时前', '2시간 전'])
      assert.ok(relative(stamp), stamp);
  });

  it('reads no count of things as a stamp', () => {
    assert.ok(!relative('12 Engineers'));
    assert.ok(!relative('Operations'));
    // `for … siden`, `för … sedan` (Danish, Swedish) only with their `ago`: without it a span, no stamp.
    assert.ok(!relative('for 3 months'));
    assert.ok(!relative('för 2 timmar'));
    assert.ok(relative('for 2 dage siden'));
  });
});
