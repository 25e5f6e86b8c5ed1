// A press release's issuer: the first firm named by its legal form below the release's heading.
import * as assert from 'node:assert/strict';
import { releaseIssuer } from '../../../src/parse/release';
import { prepare } from '../../../src/parse/text';

const issuerOf = (text: string): string | undefined => releaseIssuer(prepare(text).lines)?.value;

describe('releaseIssuer', () => {
  it('reads the firm the lead names by its legal form, a comma before the form kept', () => {
    assert.equal(
      issuerOf(
        'PRESS RELEASE\n\nAUSTIN, Texas, May 2, 2025 — Redbud Grid Systems, Inc., a maker of inverters, today …',
      ),
      'Redbud Grid Systems, Inc.',
    );
    assert.equal(
      issuerOf('KOMUNIKAT PRASOWY\n\nGdańsk, 5 maja 2025 r. – Bursztynowa Logistyka Sp. z o.o. otwiera nowy magazyn.'),
      'Bursztynowa Logistyka Sp. z o.o.',
    );
  });

  it('reads a firm written without spaces by its legal form or mark', () => {
    assert.equal(issuerOf('보도자료\n\n[2025년 5월 2일] ㈜한결모빌리티(대표 김도윤)는 …'), '㈜한결모빌리티');
    assert.equal(
      issuerOf('新闻稿\n\n【杭州，2025年5月2日】青溪数据科技（杭州）有限公司今日宣布……'),
      '青溪数据科技（杭州）有限公司',
    );
  });

  it('ends the firm at the comma before its name and at a Korean particle written onto it', () => {
    assert.equal(
      issuerOf('PRESSEMITTEILUNG\n\nKassel, Ostwind Kältetechnik GmbH eröffnet heute …'),
      'Ostwind Kältetechnik GmbH',
    );
    assert.equal(issuerOf('보도자료\n\n㈜다솜정밀은 오늘 신제품을 출시했다.'), '㈜다솜정밀');
  });

  it('reads nothing in a text that is no press release', () => {
    assert.equal(issuerOf('Hi Jan,\n\nNordlicht Solar GmbH sent the quote.\n\nBest,\nEva'), undefined);
  });
});
