// The period a CV's or application's position closes with (`(2021 – present)`): cut off the line's last segment.
import assert from 'node:assert/strict';
import { PATTERNS } from '../../../src/parse/patterns';

const periodOf = (line: string): string | undefined => PATTERNS.employmentPeriod.exec(line)?.[0].trim();

describe('employmentPeriod', () => {
  it('reads a bracketed year range or a start, open or closed, in several languages', () => {
    assert.equal(periodOf('Buyer – Norrvik Trä AB (2019 – heute)'), '(2019 – heute)');
    assert.equal(periodOf('Analista, Hortal Datos S.L. (03/2020–actualidad)'), '(03/2020–actualidad)');
    assert.equal(periodOf('Ingénieure (depuis 2022)'), '(depuis 2022)');
    assert.equal(periodOf('Planner (2016–2023)'), '(2016–2023)');
  });

  it('reads no bracket that holds more than a period, nor one before the line’s end', () => {
    assert.equal(periodOf('Leiter Einkauf (Standort Nord)'), undefined);
    assert.equal(periodOf('Planner (2016–2023) Brightwell Ltd'), undefined);
    assert.equal(periodOf('Tel. (2014) 555 0199'), undefined);
    assert.equal(periodOf('40 Harbour Road (Suite 2010)'), undefined);
  });
});
