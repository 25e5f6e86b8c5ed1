// Country evidence a signature's segments give: sign-offs and the countries their spelling is shared with.
import * as assert from 'node:assert/strict';
import { CountryEvidence, weighSegment } from '../../../src/parse/country';

const weighed = (...segments: string[]): CountryEvidence => {
  const evidence = new CountryEvidence();
  for (const segment of segments) weighSegment(evidence, segment);
  return evidence;
};

describe('CountryEvidence', () => {
  it('reads the plural and abbreviated sign-offs the Nordic languages write', () => {
    assert.equal(weighed('Med vänliga hälsningar').best(), 'SE');
    assert.equal(weighed('Ystävällisin terveisin').best(), 'FI');
    assert.equal(weighed('Saluti,').best(), 'IT');
  });

  it('tries the Scandinavian neighbours after Norway for an `Mvh` that nothing else places', () => {
    assert.deepEqual(weighed('Mvh').runnersUp(), ['SE', 'DK']);
    // A city of Norway's own says more than the abbreviation: no neighbour is tried.
    assert.deepEqual(weighed('Mvh', 'Storgata 5, 0155 Oslo').runnersUp(), []);
  });
});
