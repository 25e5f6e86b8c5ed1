// The learned role scorers: their logistic odds, and the shipped weights against the shapes it was
// trained on (the corpus tests hold it to whole cases).
import * as assert from 'node:assert/strict';
import { roleFeatures, type RoleCandidate } from '../../../src/parse/roleFeatures';
import { roleOdds } from '../../../src/parse/roleModel';
import { COMPANY_WEIGHTS } from '../../../src/parse/roleWeights';
import { parseContact } from '../../../src/parse/index';

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
  it('turns summed weights into a probability, unknown features ignored', () => {
    const odds = roleOdds(['a', 'b', 'not-a-feature'], { a: Math.log(2), b: Math.log(3) });
    assert.ok(Math.abs(odds - 6 / 7) < 1e-12);
    assert.equal(roleOdds([], { a: 1 }), 0.5);
  });

  it('stays finite for large weights', () => {
    assert.equal(roleOdds(['a'], { a: -800 }), 0);
    assert.equal(roleOdds(['a'], { a: 800 }), 1);
  });

  it('reads the plain line under a title-worded line as the company, not the title line', () => {
    const list = [line('Senior Account Manager', 1, { title: 2 }), line('Harrowgate Tiles', 2)];
    const ruled = { title: list[0], company: list[1] };
    const title = roleOdds(roleFeatures(list, 0, ruled), COMPANY_WEIGHTS);
    const company = roleOdds(roleFeatures(list, 1, ruled), COMPANY_WEIGHTS);
    assert.ok(company > 0.5 && title < 0.5, `${company} ${title}`);
  });

  it('names the features it is given: cues, place, shape and the rules’ pick', () => {
    const list = [line('Head of Sales, EMEA', 1, { title: 1 })];
    const features = roleFeatures(list, 0, { title: list[0], company: undefined });
    for (const f of ['titleWords:1', 'below:1', 'department', 'of', 'comma', 'ruled:title', 'first', 'last'])
      assert.ok(features.includes(f), `${f} in ${features.join(' ')}`);
    assert.ok(roleFeatures([line('thandeka-design.example (portfolio)', 2)], 0, ruledNone).includes('host'));
    assert.ok(!roleFeatures([line('Harrow Tiles Ltd.', 2)], 0, ruledNone).includes('host'));
  });

  const roles = (text: string): { title?: string; company?: string } => {
    const d = parseContact(text);
    return { title: d.title?.value, company: d.company?.value };
  };

  it("takes the organisation under a department's line as the company", () => {
    const sig =
      'Best,\nIlse Marchetti\nLecturer\nDepartment of Physics\nUniversity of Westhaven\nilse@westhaven.example';
    assert.equal(roles(sig).company, 'University of Westhaven');
  });

  it('keeps a firm named with a department word over its tagline (Bluebird Logistics / Freight & Shipping Solutions)', () => {
    const sig =
      'Regards,\nOwen Talbot\nParalegal\nBluebird Logistics\nFreight & Shipping Solutions\nowen@bluebird.example';
    assert.equal(roles(sig).company, 'Bluebird Logistics');
  });

  it('keeps a firm named after its partners whole', () => {
    const partners = 'Regards,\nLena Ostrowski\nAssociate\nFeldman, Ostrowski & Lee LLP\nlena@fol.example';
    assert.equal(roles(partners).company, 'Feldman, Ostrowski & Lee LLP');
  });
});
