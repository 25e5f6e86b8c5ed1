// A profession written before the name on its line (Polish lawyers, Turkish architects and planners) is no word of
// the name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const nameOf = (text: string) => {
  const { firstName, lastName } = toPlainContact(parseContact(text));
  return { firstName, lastName };
};

describe('a profession before the name', () => {
  it('reads past the Polish advocate’s capitalised `Adwokat`', () => {
    assert.deepEqual(
      nameOf('Z poważaniem\n\nAdwokat Marianna Wróblewska-Lis\nWspólnik\nmarianna.wroblewska@kancelaria-lis.example\n'),
      { firstName: 'Marianna', lastName: 'Wróblewska-Lis' },
    );
  });

  it('reads past the legal adviser’s `r.pr.`', () => {
    assert.deepEqual(
      nameOf(
        'Kancelaria Radców Prawnych\nHora, Bełecki i Wspólnicy sp.k.\n\nZ poważaniem\n\nr.pr. Tadeusz Bełecki-Hora\nWspólnik zarządzający\ntadeusz.belecki@hb-kancelaria.example\n',
      ),
      { firstName: 'Tadeusz', lastName: 'Bełecki-Hora' },
    );
  });

  it('reads past a profession an initial qualifies (Turkish `Y. Mimar`, master architect)', () => {
    assert.deepEqual(nameOf('Y. Mimar Kerem Ali Tunçay\nKurucu Ortak\nkeremali@tuncay-mimarlik.example\n'), {
      firstName: 'Kerem Ali',
      lastName: 'Tunçay',
    });
  });

  it('keeps a Turkish profession with its possessive ending (`Şehir Plancısı`) out of the name', () => {
    assert.deepEqual(nameOf('Müdür: Şehir Plancısı Nurcan Eroğlu\nE-posta: nurcan.eroglu@ornekkent-bld.example\n'), {
      firstName: 'Nurcan',
      lastName: 'Eroğlu',
    });
  });
});
