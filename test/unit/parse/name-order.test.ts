// Which word is the family name: capitals spread beside a given name, an address's initial, a name in two scripts.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

const nameOf = (text: string): { firstName?: string; lastName?: string } => {
  const { firstName, lastName } = toPlainContact(parseContact(text));
  return { firstName, lastName };
};

describe('name order', () => {
  it('reads a word in capitals spread beside a mixed-case one as the family name', () => {
    assert.deepEqual(nameOf('OKADA   Rin\nDesigner\nrin@studio-okada.example\n'), {
      firstName: 'Rin',
      lastName: 'Okada',
    });
  });

  it('keeps a spread name in capitals given name first', () => {
    assert.deepEqual(nameOf('AMARA   OKONJO\nDesigner\namara@okonjo.example\n'), {
      firstName: 'Amara',
      lastName: 'Okonjo',
    });
  });

  it('keeps a spread name in its written order when the address spells it so', () => {
    assert.deepEqual(nameOf('Best,\nPATRICK   Doyle\nDoyle Joinery Ltd\npatrick@doylejoinery.example\n'), {
      firstName: 'Patrick',
      lastName: 'Doyle',
    });
    assert.deepEqual(nameOf('Best,\nPATRICK   Doyle\nDoyle Joinery Ltd\np.doyle@doylejoinery.example\n'), {
      firstName: 'Patrick',
      lastName: 'Doyle',
    });
  });

  it('reads the family name first when the address is the given initial and the first word', () => {
    assert.deepEqual(nameOf('Regards,\nYamada Kenji\nk.yamada@shiroi.example\n'), {
      firstName: 'Kenji',
      lastName: 'Yamada',
    });
    assert.deepEqual(nameOf('Regards,\nKenji Yamada\nk.yamada@shiroi.example\n'), {
      firstName: 'Kenji',
      lastName: 'Yamada',
    });
  });

  it('takes the Han or Hangul form of a name line in two scripts', () => {
    assert.deepEqual(nameOf('감사합니다.\n\n이서준 | Lee Seo-jun\nseojun.lee@hanbit.example\n'), {
      firstName: '서준',
      lastName: '이',
    });
  });

  it('reads a Hungarian name given name first when only its last word is a known family name', () => {
    assert.deepEqual(nameOf('Üdvözlettel:\nPéter Nagy-Kovács\nMátra Kft.\n'), {
      firstName: 'Péter',
      lastName: 'Nagy-Kovács',
    });
    assert.deepEqual(nameOf('Üdvözlettel:\nNagy-Kovács Péter\nMátra Kft.\n'), {
      firstName: 'Péter',
      lastName: 'Nagy-Kovács',
    });
  });

  it('reads a Vietnamese name family name first when the address is the given name', () => {
    assert.deepEqual(nameOf('Trân trọng,\nĐỗ Quang Huy\nhuy@saobien.example\n'), { firstName: 'Huy', lastName: 'Đỗ' });
  });

  it('reads the first form of a display name in two scripts', () => {
    assert.deepEqual(
      nameOf(
        'From: ITO Sora / 伊藤 空 <sora@kaze.example>\nTo: Ann Lee <ann@lee.example>\nSubject: Re: plan\n\nAnn,\nfine.\n\nSora\n',
      ),
      { firstName: 'Sora', lastName: 'Ito' },
    );
  });

  it('reads no name in a department or a trade closing a firm', () => {
    assert.deepEqual(nameOf('Gracias.\n\nGerencia Legal\n'), { firstName: undefined, lastName: undefined });
    assert.deepEqual(nameOf('Thanks.\n\nBusiness Development\n'), { firstName: undefined, lastName: undefined });
  });

  it('reads no name in an organisation: a name joined to its head word, a ministry', () => {
    assert.deepEqual(nameOf('Danke.\n\nMarien-Klinikum\n'), { firstName: undefined, lastName: undefined });
    assert.deepEqual(nameOf('Terima kasih.\n\nKementerian Perdagangan\n'), {
      firstName: undefined,
      lastName: undefined,
    });
  });

  it('takes the Han form a romanised name gives in parentheses', () => {
    assert.deepEqual(nameOf('Thanks,\nLiu Yang (刘洋)\nyang.liu@hx.example\n'), { firstName: '洋', lastName: '刘' });
  });
});
