// Where a line names someone other than the sender: an honorific before a name that is not the sender's.
import * as assert from 'node:assert/strict';
import { othersHonorificAt, othersNameOpeningAt } from '../../../src/parse/othersNamed';

const sender = new Set(['lena', 'vogt']);

describe('othersHonorificAt', () => {
  it('finds an honorific before a name none of whose words is the sender’s', () => {
    assert.equal(othersHonorificAt('Referee: Mr. Tom Ellis, Partner', sender), 9);
    assert.equal(othersHonorificAt('Termine über Frau Berger', sender), 13);
    assert.equal(othersHonorificAt('2. Sra. Inés Carvajal', sender), 3);
  });

  it('reads past the sender’s own name, the person greeted, a rank before a title and a lower-case word', () => {
    assert.equal(othersHonorificAt('Dr. Lena Vogt – Praxis', sender), -1);
    assert.equal(othersHonorificAt('Hi Mrs. Adjei, it is Lena here', sender), -1);
    assert.equal(othersHonorificAt('Sr. Account Manager', sender), -1);
    assert.equal(othersHonorificAt('Sr. Paralegal to Tom Ellis', sender), -1);
    assert.equal(othersHonorificAt('ask dr. Ellis', sender), -1);
  });
});

describe('othersNameOpeningAt', () => {
  it('finds the full name of someone other than the sender opening a line, after its label or alone as its segment', () => {
    assert.equal(othersNameOpeningAt('Team Lead: Ron Sadowski | ext 12', sender), 11);
    assert.equal(othersNameOpeningAt('Clerk: Nomvula Zungu', sender), 7);
  });

  it('reads past the sender’s own name and a segment without a label', () => {
    assert.equal(othersNameOpeningAt('Partner: Lena Vogt', sender), -1);
    assert.equal(othersNameOpeningAt('Nomvula Zungu', sender), -1);
  });
});
