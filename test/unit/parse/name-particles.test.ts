// Name words the corpus shows only in passing: the conjunction joining two family names, initials before a name.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';
import { fold } from '../../../src/parse/text';

const nameOf = (text: string): { firstName?: string; lastName?: string } => {
  const { firstName, lastName } = toPlainContact(parseContact(text));
  return { firstName, lastName };
};

describe('surname conjunctions (`Riera i Vidal`)', () => {
  it('join two family names after the given name', () => {
    assert.deepEqual(nameOf('Salutacions,\nJordina Vilaplana i Ferrer\njvilaplana@cellers.example\n'), {
      firstName: 'Jordina',
      lastName: 'Vilaplana i Ferrer',
    });
  });

  it('are a middle initial right after the given name in an address', () => {
    for (const local of ['mary.i.jones', 'mary.e.jones', 'mary.y.jones'])
      assert.deepEqual(nameOf(`Thanks!\n\nMary\n${local}@acme.example\n`), { firstName: 'Mary', lastName: 'Jones' });
  });

  it('join two people signing, not a name, when no family name stands before them', () => {
    assert.deepEqual(nameOf('See you Saturday!\n\nAnna i Piotr\n'), { firstName: undefined, lastName: undefined });
    assert.deepEqual(nameOf('Do zobaczenia,\nAnna i Piotr\nanna.nowak@poczta.example\n'), {
      firstName: 'Anna',
      lastName: 'Nowak',
    });
  });
});

describe('honorifics before a name', () => {
  it('are dropped', () => {
    assert.deepEqual(nameOf('Saludos,\nCra. Laura Benítez\nlbenitez@estudio.example\n'), {
      firstName: 'Laura',
      lastName: 'Benítez',
    });
  });

  it('are Malay, Indonesian and Thai forms of address too, but not given names spelled alike', () => {
    assert.deepEqual(nameOf('Regards,\nBapak Hendra Gunawan\n'), { firstName: 'Hendra', lastName: 'Gunawan' });
    assert.deepEqual(nameOf('Regards,\nIbu Sari Wulandari\n'), { firstName: 'Sari', lastName: 'Wulandari' });
    assert.deepEqual(nameOf('Regards,\nIbu Chukwu\n'), { firstName: 'Ibu', lastName: 'Chukwu' });
    assert.deepEqual(nameOf('Best,\nTuan Nguyen\n'), { firstName: 'Tuan', lastName: 'Nguyen' });
    assert.deepEqual(nameOf('Best,\nTuan Anh Nguyen\n'), { firstName: 'Tuan', lastName: 'Nguyen' });
  });

  it('are ranks, offices and Amharic and Akan forms of address too, slashed ones included', () => {
    assert.deepEqual(nameOf('Regards,\nCaptain Ines Albrecht\n'), { firstName: 'Ines', lastName: 'Albrecht' });
    assert.deepEqual(nameOf('Regards,\nW/ro Meron Haile\n'), { firstName: 'Meron', lastName: 'Haile' });
    assert.deepEqual(nameOf('Regards,\npp W/ro Meron Haile\n'), { firstName: 'Meron', lastName: 'Haile' });
    assert.deepEqual(nameOf('Regards,\nDr. W/ro Meron Haile\n'), { firstName: 'Meron', lastName: 'Haile' });
    assert.deepEqual(nameOf('Regards,\nNana Kofi Asante\n'), { firstName: 'Kofi', lastName: 'Asante' });
    assert.deepEqual(nameOf('Regards,\nNana Asante\n'), { firstName: 'Nana', lastName: 'Asante' });
  });

  it('are Afrikaans and Persian forms of address too, with or without a period', () => {
    assert.deepEqual(nameOf('Groete\nMnr. Johan du Preez\n'), { firstName: 'Johan', lastName: 'du Preez' });
    assert.deepEqual(nameOf('Groete\nMev Elsa Botha\n'), { firstName: 'Elsa', lastName: 'Botha' });
    assert.deepEqual(nameOf('Regards,\nMej. Karin Steyn\n'), { firstName: 'Karin', lastName: 'Steyn' });
    assert.deepEqual(nameOf('با احترام\nمهندس نادر صالحی\n'), { firstName: 'نادر', lastName: 'صالحی' });
    assert.deepEqual(nameOf('با تشکر\nخانم لیلا رحیمی\n'), { firstName: 'لیلا', lastName: 'رحیمی' });
  });

  it('keep Mev, Mnr, Mej without a period before a family name alone as the given name (Mev Johnson)', () => {
    assert.deepEqual(nameOf('Regards,\nMev Johnson\nmev.johnson@x.example\n'), {
      firstName: 'Mev',
      lastName: 'Johnson',
    });
    assert.deepEqual(nameOf('Regards,\nMev Johnson\n'), { firstName: 'Mev', lastName: 'Johnson' });
    // with its period it is the form of address still
    assert.notEqual(nameOf('Groete\nMev. Botha\n').firstName, 'Mev');
  });

  it("keep Arch without its period before a family name alone as the given name (the architect's Arch. is dropped)", () => {
    assert.deepEqual(nameOf('Cheers,\nArch Whitlow\nProject Lead\n'), { firstName: 'Arch', lastName: 'Whitlow' });
    assert.deepEqual(nameOf('Saluti\nArch. Marta Lodi\n'), { firstName: 'Marta', lastName: 'Lodi' });
  });

  it('are lineage titles (Syed, Syeda) before a full name, but a given name before a family name alone', () => {
    assert.deepEqual(nameOf('Regards,\nSyeda Amna Rizvi\n'), { firstName: 'Amna', lastName: 'Rizvi' });
    assert.deepEqual(nameOf('Regards,\nSayyid Hasan Jafri\n'), { firstName: 'Hasan', lastName: 'Jafri' });
    assert.deepEqual(nameOf('Regards,\nSyed Jafri\n'), { firstName: 'Syed', lastName: 'Jafri' });
  });

  it('are the given name when the address opens with one (Syed Ali Raza, syed.raza@)', () => {
    assert.deepEqual(nameOf('Regards,\nSyed Ali Raza\nsyed.raza@x.example\n'), { firstName: 'Syed', lastName: 'Raza' });
    assert.deepEqual(nameOf('Regards,\nSyed Ali Raza\nali.raza@x.example\n'), { firstName: 'Ali', lastName: 'Raza' });
  });

  it('go with an abbreviated first given name, the one after it being the name used (Md., Mohd.)', () => {
    assert.deepEqual(nameOf('Regards,\nMd. Rafiqul Islam\n'), { firstName: 'Rafiqul', lastName: 'Islam' });
    assert.deepEqual(nameOf('Regards,\nMohd. Faizal Rahman\n'), { firstName: 'Faizal', lastName: 'Rahman' });
  });

  it('are offices that are common given names only behind another honorific (Justice)', () => {
    assert.notEqual(nameOf('Regards,\nHon. Justice Ogunleye\n').firstName, 'Justice');
    assert.notEqual(nameOf('Regards,\nHon. Ibu Chukwu\n').firstName, 'Ibu');
    assert.deepEqual(nameOf('Regards,\nJustice Kwame Asare\n'), { firstName: 'Justice', lastName: 'Asare' });
  });

  it('take the abbreviated faculty after a degree with them, not a given name spelled alike', () => {
    assert.deepEqual(nameOf('Grüße,\nMag. art. Lena Hofer\n'), { firstName: 'Lena', lastName: 'Hofer' });
    assert.deepEqual(nameOf('Best,\nDr. Phil Hargreaves\n'), { firstName: 'Phil', lastName: 'Hargreaves' });
    assert.deepEqual(nameOf('Best,\nPhil Hargreaves\n'), { firstName: 'Phil', lastName: 'Hargreaves' });
  });

  it('are lower-case degrees among the post-nominals after the name', () => {
    assert.deepEqual(nameOf('Merci,\nÉlise Gagnon, ing.\n'), { firstName: 'Élise', lastName: 'Gagnon' });
    assert.deepEqual(nameOf('Üdvözlettel,\nNagy Péter, dr. med.\n'), { firstName: 'Péter', lastName: 'Nagy' });
    assert.deepEqual(nameOf('Üdvözlettel,\nKovács Eszter dr. med.\n'), { firstName: 'Eszter', lastName: 'Kovács' });
    assert.deepEqual(nameOf('Hilsen,\nMads Berg, cand.scient.\n'), { firstName: 'Mads', lastName: 'Berg' });
    assert.deepEqual(nameOf('Lep pozdrav,\nTina Hribar, univ. dipl. oec.\n'), {
      firstName: 'Tina',
      lastName: 'Hribar',
    });
  });

  it('are no dotted word whose parts are not a degree and its faculties', () => {
    assert.deepEqual(nameOf('Best,\nJane Doe, art.med.\n'), { firstName: undefined, lastName: undefined });
  });

  it('are no faculty standing alone after the name', () => {
    for (const faculty of ['art.', 'med.'])
      assert.deepEqual(nameOf(`Best,\nJane Doe, ${faculty}\n`), { firstName: undefined, lastName: undefined });
  });

  it('are never two dotted initials, though these spell one (Cr., Dr.)', () => {
    for (const initials of ['C.R.', 'D.R.'])
      assert.deepEqual(nameOf(`Regards,\n${initials} Horton\nSales Manager\nAcme Ltd\n`), {
        firstName: initials,
        lastName: 'Horton',
      });
  });
});

describe('initials before the names', () => {
  it('are the given name before a family name alone or a double one', () => {
    assert.deepEqual(nameOf('Regards,\nJ. R. Castellanos\n'), { firstName: 'J. R.', lastName: 'Castellanos' });
    assert.deepEqual(nameOf('Saludos,\nJ. García López\n'), { firstName: 'J.', lastName: 'García López' });
  });

  it('stand for other names before a given name written out, unless the address spells them', () => {
    assert.deepEqual(nameOf('Regards,\nJ. Kalani Akana\nkalani.akana@reef.example\n'), {
      firstName: 'Kalani',
      lastName: 'Akana',
    });
    for (const local of ['j.akana', 'jakana'])
      assert.deepEqual(nameOf(`Regards,\nJ. Kalani Akana\n${local}@reef.example\n`), {
        firstName: 'J. Kalani',
        lastName: 'Akana',
      });
  });
});

describe('a known Iberian family name before a particle', () => {
  it('opens the chain of family names after a word between it and the given name', () => {
    assert.deepEqual(nameOf('Cumprimentos,\nAna Luísa Ferreira da Costa\n'), {
      firstName: 'Ana Luísa',
      lastName: 'Ferreira da Costa',
    });
  });

  it('may complete the given name right after it', () => {
    assert.deepEqual(nameOf('Saludos,\nMaría Paz de la Fuente\n'), { firstName: 'María', lastName: 'de la Fuente' });
  });
});

describe('the sender header’s display name', () => {
  it('gives the written form of a name spelled from the address only where the body does not', () => {
    const header = (name: string): string =>
      `From: ${name} | Poyraz Nakliyat <tolga.kirimli@poyraz.example>\nSubject: Teklif\n\n`;
    const body = 'Merhaba, fiyat ektedir.\n';
    assert.deepEqual(nameOf(`${header('Tolga Kirimli')}${body}\nTolga Kırımlı | Poyraz Nakliyat\n`), {
      firstName: 'Tolga',
      lastName: 'Kırımlı',
    });
    assert.deepEqual(nameOf(`${header('Tolga Kırımlı')}${body}`), { firstName: 'Tolga', lastName: 'Kırımlı' });
  });
});

describe('Portuguese agnomina (`Filho`, `Neto`)', () => {
  it('mark the generation after a given and a family name', () => {
    assert.deepEqual(nameOf('Abraços,\nPedro Bragança Neto\npedro@bragança-lab.example\n'), {
      firstName: 'Pedro',
      lastName: 'Bragança',
    });
    assert.deepEqual(nameOf('Abraços,\nTiago Moura Filho.\n'), { firstName: 'Tiago', lastName: 'Moura' });
  });

  it('are the family name after a given name with only an initial or a particle', () => {
    assert.deepEqual(nameOf('Abraços,\nJoão P. Neto\n'), { firstName: 'João', lastName: 'Neto' });
    assert.deepEqual(nameOf('Abraços,\nCarlos A. Filho\n'), { firstName: 'Carlos', lastName: 'Filho' });
    assert.deepEqual(nameOf('Abraços,\nAna de Neto\n'), { firstName: 'Ana', lastName: 'de Neto' });
  });
});

describe('a comma after a one-word name line', () => {
  it('puts the family name first when the given name follows on the same line', () => {
    assert.deepEqual(nameOf('Thank you.\n\nTANAKA,    YUKI\nyuki.tanaka@kogane.example\n'), {
      firstName: 'Yuki',
      lastName: 'Tanaka',
    });
  });
});

describe('fold', () => {
  it('folds the Turkish dotless ı to i, as an address spells it (`Kılınç` → kilinc@)', () => {
    assert.equal(fold('Kılınç'), 'kilinc');
  });

  it('keeps letters alone, lower-cased, ASCII or not, and spells out the letters NFD leaves whole', () => {
    assert.equal(fold("O'Brien-Hale, Jr."), 'obrienhalejr');
    assert.equal(fold('Ørsted Æbelø'), 'orstedaebelo');
    assert.equal(fold('WEIẞ Łukasz Þórdís Đặng'), 'weisslukaszthordisdang');
    assert.equal(fold('Łódź 00-950'), 'lodz');
  });
});

describe('a profile page’s heading', () => {
  it('names its owner when it writes the full name', () => {
    assert.deepEqual(nameOf('Marina Petrova-Lund’s Profile\nContact info\nmarina@studio.example\n'), {
      firstName: 'Marina',
      lastName: 'Petrova-Lund',
    });
  });

  it('is no name line when it gives the given name alone (LinkedIn’s link)', () => {
    const text = 'Contact info\nTomasz’s Profile\nTomasz Zielinski\ntomasz@studio.example\n';
    assert.deepEqual(nameOf(text), { firstName: 'Tomasz', lastName: 'Zielinski' });
  });
});

describe('zero-width joiners', () => {
  it('stay inside a word of a caseless script, where they spell it (Persian `‌`)', () => {
    assert.deepEqual(nameOf('با احترام\nعلی رضایی\u200cفر\n'), { firstName: 'علی', lastName: 'رضایی\u200cفر' });
  });

  it('are blanked beside a Latin letter or a space, no part of any word', () => {
    assert.deepEqual(nameOf('Thanks,\nChloé\u200c Martin\u200d\n'), { firstName: 'Chloé', lastName: 'Martin' });
  });
});

describe('a number line in the digits of another script', () => {
  it('is a number line, no name or title, as in ASCII digits', () => {
    const text =
      'با احترام،\nدکتر نسرین کاظمی\nمدیر بخش مالی و اداری\nشرکت صنایع غذایی آریا\n' +
      'تهران، خیابان آزادی، پلاک ۱۸\nتلفن: ۰۲۱-۵۵۵۰۱۷۷۰\nn.kazemi@arya.example\n';
    assert.deepEqual(nameOf(text), { firstName: 'نسرین', lastName: 'کاظمی' });
  });
});

describe('Welsh patronymic particles (`ap`, `ferch`)', () => {
  it('open the family name, in any case', () => {
    assert.deepEqual(nameOf('Regards,\nMorgan ap Hywel\n'), { firstName: 'Morgan', lastName: 'ap Hywel' });
    assert.deepEqual(nameOf('Regards,\nCeridwen ferch Ifor\n'), { firstName: 'Ceridwen', lastName: 'ferch Ifor' });
    assert.deepEqual(nameOf('Regards,\nMORGAN AP HYWEL\nmorgan@cwmni.example\n'), {
      firstName: 'Morgan',
      lastName: 'ap Hywel',
    });
  });
});

describe('Kazakh and Kyrgyz patronymics (`-қызы`, `-ұлы`, `-кызы`, `-qyzy`)', () => {
  it('are a middle name: the name before them is given, written family name first', () => {
    assert.deepEqual(nameOf('С уважением,\nОспанова Мадина Қайратқызы\n'), {
      firstName: 'Мадина',
      lastName: 'Оспанова',
    });
    assert.deepEqual(nameOf('С уважением,\nОспанов Ержан Қайратұлы\n'), { firstName: 'Ержан', lastName: 'Оспанов' });
    assert.deepEqual(nameOf('Regards,\nMadina Kairatqyzy Ospanova\n'), { firstName: 'Madina', lastName: 'Ospanova' });
  });

  it('are romanised son-of forms too (`-uly`, `-uulu`), written family name first', () => {
    assert.deepEqual(nameOf('Regards,\nSeitkali Daniyar Erlanuly\n'), { firstName: 'Daniyar', lastName: 'Seitkali' });
    assert.deepEqual(nameOf('Regards,\nToktogulov Bakyt Asanuulu\n'), { firstName: 'Bakyt', lastName: 'Toktogulov' });
    assert.deepEqual(nameOf('Regards,\nDaniyar Erlanuly Seitkali\n'), { firstName: 'Daniyar', lastName: 'Seitkali' });
  });
});

describe('slashed patronymic particles (`s/o`, `d/o`, `a/l`, `a/p`)', () => {
  it('open the family name after every given name, in any case', () => {
    assert.deepEqual(nameOf('Regards,\nRavi s/o Ganesan\n'), { firstName: 'Ravi', lastName: 's/o Ganesan' });
    assert.deepEqual(nameOf('Regards,\nRavi S/O Ganesan\n'), { firstName: 'Ravi', lastName: 's/o Ganesan' });
    assert.deepEqual(nameOf('Regards,\nPriya Devi a/p Ramasamy\n'), {
      firstName: 'Priya Devi',
      lastName: 'a/p Ramasamy',
    });
  });

  it('let no other slash into a name', () => {
    assert.deepEqual(nameOf('Regards,\nRavi s/o Ganesan/Ops\n'), { firstName: undefined, lastName: undefined });
  });
});

describe('a family name the Arabic article opens after the father’s name', () => {
  it('is the family name, not the article word of a father’s name in `Abd`', () => {
    assert.deepEqual(nameOf('Regards,\nFaisal bin Abd al-Karim Al-Otaibi\nf.otaibi@najdtrade.example\n'), {
      firstName: 'Faisal',
      lastName: 'Al-Otaibi',
    });
    assert.deepEqual(nameOf('مع التحية،\nفيصل بن عبد الكريم العتيبي\n'), { firstName: 'فيصل', lastName: 'العتيبي' });
    // with no family name after it, the father's name stays the chain
    assert.deepEqual(nameOf('Regards,\nFaisal bin Abd al-Karim\n'), {
      firstName: 'Faisal',
      lastName: 'bin Abd al-Karim',
    });
  });
});

describe('a family name in capitals with its particles', () => {
  it('keeps the particles before it, lower case, written last or first', () => {
    assert.deepEqual(nameOf('Regards,\nLotte van den BOSCH\nlotte@firma.example\n'), {
      firstName: 'Lotte',
      lastName: 'van den Bosch',
    });
    assert.deepEqual(nameOf('Regards,\nDE LA CRUZ Ana\nana@firma.example\n'), {
      firstName: 'Ana',
      lastName: 'de la Cruz',
    });
    // `DI` is the Austrian degree too: the particle only when the address spells it with the family name
    assert.deepEqual(nameOf('MfG\nDI PICHLER Florian\nflorian.pichler@x.example\n'), {
      firstName: 'Florian',
      lastName: 'Pichler',
    });
    assert.deepEqual(nameOf('Saluti,\nDI MARCO Luca\nluca.dimarco@x.example\n'), {
      firstName: 'Luca',
      lastName: 'di Marco',
    });
    assert.deepEqual(nameOf('Saluti,\nDI MARCO Luca\n'), { firstName: 'Luca', lastName: 'di Marco' });
  });

  it('leaves a degree in capitals before a given name a degree', () => {
    assert.deepEqual(nameOf('Regards,\nDI Florian Pichler\nflorian.pichler@firma.example\n'), {
      firstName: 'Florian',
      lastName: 'Pichler',
    });
    // without an address to spell it: before a mixed-case given name or another degree, the degree
    assert.deepEqual(nameOf('MfG\nDI Florian Pichler\n'), { firstName: 'Florian', lastName: 'Pichler' });
    assert.deepEqual(nameOf('MfG\nDI Dr. Florian Pichler\n'), { firstName: 'Florian', lastName: 'Pichler' });
    // written as a particle it opens the family name still
    assert.deepEqual(nameOf('Saluti,\nLuca Di Marco\n'), { firstName: 'Luca', lastName: 'Di Marco' });
  });
});

describe('the Kalenjin particle `arap` (son of)', () => {
  it('opens the family name after the given name', () => {
    assert.deepEqual(nameOf('Regards,\nChepkoech arap Rotich\nAccountant\nc.rotich@tegla.example\n'), {
      firstName: 'Chepkoech',
      lastName: 'arap Rotich',
    });
  });
});

describe('the Prophet’s name after a lineage title (`Syed Muhammad Imran Qadri`)', () => {
  it('gives way to the given name after it that the address opens with', () => {
    assert.deepEqual(nameOf('Regards,\nSyed Muhammad Junaid Hashmi\njunaid.hashmi@indusmills.example\n'), {
      firstName: 'Junaid',
      lastName: 'Hashmi',
    });
    assert.deepEqual(nameOf('Regards,\nSyed Mohammed Faraz Ali\nfaraz.ali@karachiport.example\n'), {
      firstName: 'Faraz',
      lastName: 'Ali',
    });
  });

  it('stays the given name with no lineage title, or when the address opens with it', () => {
    assert.deepEqual(nameOf('Regards,\nMuhammad Junaid Hashmi\njunaid.hashmi@indusmills.example\n'), {
      firstName: 'Muhammad',
      lastName: 'Hashmi',
    });
    assert.deepEqual(nameOf('Regards,\nSyed Muhammad Junaid Hashmi\nmuhammad.hashmi@indusmills.example\n'), {
      firstName: 'Muhammad',
      lastName: 'Hashmi',
    });
    assert.deepEqual(nameOf('Regards,\nMohammed Al-Harbi\nm.alharbi@riyadhtrade.example\n'), {
      firstName: 'Mohammed',
      lastName: 'Al-Harbi',
    });
  });
});

describe('initials before a given name of several words (`K. Gopi Chand`)', () => {
  it('stand for the family name when the address spells them apart from the words it runs together', () => {
    assert.deepEqual(nameOf('Regards,\nK. Venkata Ramana\nvenkataramana.k@godavaritiles.example\n'), {
      firstName: 'Venkata Ramana',
      lastName: undefined,
    });
    assert.deepEqual(nameOf('Regards,\nS. Anil Kumar\ns.anilkumar@krishnaseeds.example\n'), {
      firstName: 'Anil Kumar',
      lastName: undefined,
    });
  });
});
