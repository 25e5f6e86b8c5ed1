// The learned role scorer: its softmax over title / company / neither, and the shipped weights
// against the shapes it was trained on (the corpus tests hold it to whole cases).
import * as assert from 'node:assert/strict';
import { roleFeatures, type RoleCandidate } from '../../../src/parse/roleFeatures';
import { roleOdds } from '../../../src/parse/roleModel';

const line = (text: string, lineRank: number, cues: Partial<RoleCandidate> = {}): RoleCandidate => ({
  text,
  title: 0,
  company: 0,
  domain: false,
  above: false,
  lineRank,
  order: 0,
  onLine: 1,
  part: 'whole',
  ...cues,
});

const ruledNone = { title: undefined, company: undefined };

describe('role scorer', () => {
  it('turns summed weights into probabilities, `neither` at logit 0, unknown features ignored', () => {
    const weights = { a: [Math.log(2), 0], b: [0, Math.log(3)] } as const;
    const odds = roleOdds(['a', 'b', 'not-a-feature'], weights);
    assert.ok(Math.abs(odds.title - 2 / 6) < 1e-12);
    assert.ok(Math.abs(odds.company - 3 / 6) < 1e-12);
    assert.deepEqual(roleOdds([], weights), { title: 1 / 3, company: 1 / 3 });
  });

  it('stays finite for large weights', () => {
    const odds = roleOdds(['a'], { a: [800, 799] });
    assert.ok(odds.title > 0.7 && odds.company > 0.2 && odds.title + odds.company <= 1);
  });

  it('reads a title-worded line under the name as the title and the plain line under it as the company', () => {
    const list = [line('Senior Account Manager', 1, { title: 2 }), line('Harrowgate Tiles', 2)];
    const ruled = { title: list[0], company: list[1] };
    const title = roleOdds(roleFeatures(list, 0, ruled));
    const company = roleOdds(roleFeatures(list, 1, ruled));
    assert.ok(title.title > 0.5 && title.title > title.company, JSON.stringify(title));
    assert.ok(company.company > company.title, JSON.stringify(company));
  });

  it('names the features it is given: cues, place, shape and the rules’ pick', () => {
    const list = [line('Head of Sales, EMEA', 1, { title: 1 })];
    const features = roleFeatures(list, 0, { title: list[0], company: undefined });
    for (const f of ['titleWords:1', 'below:1', 'department', 'of', 'comma', 'ruled:title', 'first', 'last'])
      assert.ok(features.includes(f), `${f} in ${features.join(' ')}`);
    assert.ok(roleFeatures([line('zanele-studio.example (portfolio)', 2)], 0, ruledNone).includes('host'));
    assert.ok(!roleFeatures([line('Harrow Tiles Ltd.', 2)], 0, ruledNone).includes('host'));
  });
});
