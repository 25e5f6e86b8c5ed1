// Which word is the family name: capitals spread beside a given name, an address's initial, a name in two scripts.
import * as assert from 'node:assert/strict';
import { parseContact, toPlainContact } from '../../../src/parse/index';

type Name = { firstName?: string; lastName?: string };

const nameOf = (text: string): Name => {
  const { firstName, lastName } = toPlainContact(parseContact(text));
  return { firstName, lastName };
};
const NO_NAME: Name = { firstName: undefined, lastName: undefined };

/** Each behaviour, with the texts that show it and the name each must give. */
const CASES: ReadonlyArray<[behaviour: string, cases: ReadonlyArray<[text: string, name: Name]>]> = [
  [
    'reads two Cyrillic names family name first when only the first ends as a family name does',
    [
      ['С уважением,\nЖданов Павел\n+7 921 555-01-42\n', { firstName: 'Павел', lastName: 'Жданов' }],
      ['С уважением,\nПавел Жданов\n+7 921 555-01-42\n', { firstName: 'Павел', lastName: 'Жданов' }],
      ['С уважением,\nМарина Ким\n+7 921 555-01-42\n', { firstName: 'Марина', lastName: 'Ким' }],
    ],
  ],
  [
    'reads two Greek names family name first when only the first ends in the genitive a family name has',
    [
      ['Με εκτίμηση,\nΓεωργίου Ελένη\n+30 694 718 2305\n', { firstName: 'Ελένη', lastName: 'Γεωργίου' }],
      ['Με εκτίμηση,\nΕλένη Γεωργίου\n+30 694 718 2305\n', { firstName: 'Ελένη', lastName: 'Γεωργίου' }],
      ['Με εκτίμηση,\nΝίκος Παπαδάκης\n+30 694 718 2305\n', { firstName: 'Νίκος', lastName: 'Παπαδάκης' }],
    ],
  ],
  [
    'reads a hyphenated given name after the family name when the address abbreviates its syllables',
    [
      ['Best regards,\nHan Min-jae\nmj.han@seoulgear.example\n', { firstName: 'Min-jae', lastName: 'Han' }],
      ['Best regards,\nKwok Wai-lun\nwai.kwok@harbourline.example\n', { firstName: 'Wai-lun', lastName: 'Kwok' }],
      ['Best regards,\nJean-Luc Moreau\njl.moreau@atelier.example\n', { firstName: 'Jean-Luc', lastName: 'Moreau' }],
      ['Best regards,\nMoreau Jean-Luc\njl.moreau@atelier.example\n', { firstName: 'Jean-Luc', lastName: 'Moreau' }],
    ],
  ],
  [
    'reads the words after the family name as one given name when the address runs them together',
    [
      ['Regards,\nCHUA Mei Xin\nmeixin.chua@harbourline.example\n', { firstName: 'Mei Xin', lastName: 'Chua' }],
      ['Regards,\nChua Mei Xin\nmeixin.chua@harbourline.example\n', { firstName: 'Mei Xin', lastName: 'Chua' }],
      ['Regards,\nMei Xin Chua\nmeixin.chua@harbourline.example\n', { firstName: 'Mei Xin', lastName: 'Chua' }],
    ],
  ],
  [
    'keeps a given name first before a family name of particles or several syllables the address runs together',
    [
      [
        'Regards,\nMaria De La Cruz\ndelacruz.maria@islaverde.example\n',
        { firstName: 'Maria', lastName: 'De La Cruz' },
      ],
      [
        'Cordialement,\nMohamed El Amrani\nelamrani.mohamed@atlas.example\n',
        { firstName: 'Mohamed', lastName: 'El Amrani' },
      ],
      [
        'Regards,\nMuhammad Abdul Rahman\nabdulrahman.muhammad@klports.example\n',
        { firstName: 'Muhammad', lastName: 'Abdul Rahman' },
      ],
    ],
  ],
  [
    "reads a directory's line of a known family name, a comma and a given name of several words",
    [
      ['Zhang, Shu Fen\nAccounts Executive\n+65 6555 0121\n', { firstName: 'Shu Fen', lastName: 'Zhang' }],
      ['Dang, Quoc Huy (Henry)\nEngineer\n+84 28 3555 0121\n', { firstName: 'Quoc Huy', lastName: 'Dang' }],
      ['Hanoi, Viet Nam\nEngineer\n+84 28 3555 0121\n', NO_NAME],
    ],
  ],
  [
    'reads a word in capitals spread beside a mixed-case one as the family name',
    [['OKADA   Rin\nDesigner\nrin@studio-okada.example\n', { firstName: 'Rin', lastName: 'Okada' }]],
  ],
  [
    'keeps a spread name in capitals given name first',
    [['AMARA   OKONJO\nDesigner\namara@okonjo.example\n', { firstName: 'Amara', lastName: 'Okonjo' }]],
  ],
  [
    'keeps a spread name in its written order when the address spells it so',
    [
      [
        'Best,\nPATRICK   Doyle\nDoyle Joinery Ltd\npatrick@doylejoinery.example\n',
        { firstName: 'Patrick', lastName: 'Doyle' },
      ],
      [
        'Best,\nPATRICK   Doyle\nDoyle Joinery Ltd\np.doyle@doylejoinery.example\n',
        { firstName: 'Patrick', lastName: 'Doyle' },
      ],
    ],
  ],
  [
    'reads the family name first when the address is the given initial and the first word',
    [
      ['Regards,\nYamada Kenji\nk.yamada@shiroi.example\n', { firstName: 'Kenji', lastName: 'Yamada' }],
      ['Regards,\nKenji Yamada\nk.yamada@shiroi.example\n', { firstName: 'Kenji', lastName: 'Yamada' }],
    ],
  ],
  [
    'takes the Han or Hangul form of a name line in two scripts',
    [['감사합니다.\n\n이서준 | Lee Seo-jun\nseojun.lee@hanbit.example\n', { firstName: '서준', lastName: '이' }]],
  ],
  [
    'reads a Hungarian name given name first when only its last word is a known family name',
    [
      ['Üdvözlettel:\nPéter Nagy-Kovács\nMátra Kft.\n', { firstName: 'Péter', lastName: 'Nagy-Kovács' }],
      ['Üdvözlettel:\nNagy-Kovács Péter\nMátra Kft.\n', { firstName: 'Péter', lastName: 'Nagy-Kovács' }],
    ],
  ],
  [
    'reads a Vietnamese name family name first when the address is the given name',
    [['Trân trọng,\nĐỗ Quang Huy\nhuy@saobien.example\n', { firstName: 'Huy', lastName: 'Đỗ' }]],
  ],
  [
    'reads the first form of a display name in two scripts',
    [
      [
        'From: ITO Sora / 伊藤 空 <sora@kaze.example>\nTo: Ann Lee <ann@lee.example>\nSubject: Re: plan\n\nAnn,\nfine.\n\nSora\n',
        { firstName: 'Sora', lastName: 'Ito' },
      ],
    ],
  ],
  [
    'reads no name in a department or a trade closing a firm',
    [
      ['Gracias.\n\nGerencia Legal\n', NO_NAME],
      ['Thanks.\n\nBusiness Development\n', NO_NAME],
    ],
  ],
  [
    'reads no name in an organisation: a name joined to its head word, a ministry',
    [
      ['Danke.\n\nMarien-Klinikum\n', NO_NAME],
      ['Terima kasih.\n\nKementerian Perdagangan\n', { firstName: undefined, lastName: undefined }],
    ],
  ],
  [
    'reads a Vietnamese family name before a comma as the family name, even one that is also a word or a particle',
    [
      ['Regards,\nDo, Quang Vinh\nSales Engineer\n', { firstName: 'Quang Vinh', lastName: 'Do' }],
      ['Regards,\nLe, Thu Trang\nSales Engineer\n', { firstName: 'Thu Trang', lastName: 'Le' }],
      ['Regards,\nTran, Van Khoa\nSales Engineer\n', { firstName: 'Khoa', lastName: 'Tran' }],
    ],
  ],
  [
    'drops initials beside a given name written out after a Vietnamese family name and a comma',
    [
      ['Regards,\nDo, A. Tuan\ntuan.do@xyz.example\n', { firstName: 'Tuan', lastName: 'Do' }],
      ['Regards,\nTran, Quang V.\n+84 912 555 390\n', { firstName: 'Quang', lastName: 'Tran' }],
    ],
  ],
  [
    'reads a Cyrillic family name before initials as the family name alone',
    [
      ['С уважением,\nЗайцев Н. К.\n+7 921 555-01-42\n', { firstName: undefined, lastName: 'Зайцев' }],
      ['З повагою,\nБондарук І.\n+380 44 555 0142\n', { firstName: undefined, lastName: 'Бондарук' }],
    ],
  ],
  [
    'reads a known family name in capitals among mixed-case words as the family name, though it is also a particle',
    [
      ['Regards,\nMr. LE Quoc Dat\ndat.lq@thanhcong.example\n', { firstName: 'Dat', lastName: 'Le' }],
      ['Regards,\nDO Van Hieu\nhieu.dv@thanhcong.example\n', { firstName: 'Hieu', lastName: 'Do' }],
      ['Regards,\nDU Jiahao\nProcurement Officer\n', { firstName: 'Jiahao', lastName: 'Du' }],
      ['Cordialement,\nSolène LE GOFF\nAcheteuse\n', { firstName: 'Solène', lastName: 'le Goff' }],
    ],
  ],
  [
    'takes the Han form a romanised name gives in parentheses',
    [['Thanks,\nLiu Yang (刘洋)\nyang.liu@hx.example\n', { firstName: '洋', lastName: '刘' }]],
  ],
  [
    'reads the last two words as the family name in a language that bears two, unless the first is a given name',
    [
      [
        'Saludos,\nBreixo Vilariño Outeiral\n+34 981 55 02 31\n',
        { firstName: 'Breixo', lastName: 'Vilariño Outeiral' },
      ],
      ['Atenciosamente,\nThaís Moura Kühn\n+55 11 3062-4519\n', { firstName: 'Thaís', lastName: 'Moura Kühn' }],
      ['Saludos,\nLucas Andrés Molina\n+34 981 55 02 31\n', { firstName: 'Lucas', lastName: 'Molina' }],
      ['Regards,\nBreixo Vilariño Outeiral\n+44 20 7946 0321\n', { firstName: 'Breixo', lastName: 'Outeiral' }],
      ['Saludos,\nSarah Jane Parker\n+34 981 55 02 31\n', { firstName: 'Sarah', lastName: 'Parker' }],
    ],
  ],
  [
    'reads one family name where the first is the one used and the address spells only the last word',
    [
      ['Saludos,\nMarta Itzel Roldán\nmroldan@roldan.example\n', { firstName: 'Marta', lastName: 'Roldán' }],
      ['Saludos,\nMarta Itzel Roldán\nmitzel@roldan.example\n', { firstName: 'Marta', lastName: 'Itzel Roldán' }],
      [
        'Atenciosamente,\nBreno Caldas Roldão\nbreno.roldao@roldao.example\n',
        { firstName: 'Breno', lastName: 'Caldas Roldão' },
      ],
    ],
  ],
  [
    'reads a family name in capitals as the family name where the language writes it first',
    [
      ['Üdvözlettel,\nNadia BENALI\n+36 1 555 0142\n', { firstName: 'Nadia', lastName: 'Benali' }],
      ['Üdvözlettel,\nBENALI Nadia\n+36 1 555 0142\n', { firstName: 'Nadia', lastName: 'Benali' }],
      ['Üdvözlettel,\nTóth Nadia\n+36 1 555 0142\n', { firstName: 'Nadia', lastName: 'Tóth' }],
    ],
  ],
  [
    'reads a short first word in capitals as the family name of a name all in capitals, a degree before a mixed-case one',
    [
      ['PHAN QUỐC BẢO\nbao.pq@example.com\n', { firstName: 'Bảo', lastName: 'Phan' }],
      ['DI Lukas Brandstätter\nlukas.brandstaetter@example.com\n', { firstName: 'Lukas', lastName: 'Brandstätter' }],
    ],
  ],
  [
    'keeps a second given name out of the family name, and in the given name where the address spells it with it',
    [
      [
        'Best regards,\nHenrik Olav Strand\nhenrik.olav.strand@strandbygg.example\n',
        { firstName: 'Henrik Olav', lastName: 'Strand' },
      ],
      [
        'Saygılarımla,\nAyşe Nur Karataşlı\nanur.karatasli@dokumaege.example\n',
        { firstName: 'Ayşe Nur', lastName: 'Karataşlı' },
      ],
      ['Regards,\nMuhammad Bilal Gondal\nbilal@gondaltraders.example\n', { firstName: 'Muhammad', lastName: 'Gondal' }],
      [
        'Com os melhores cumprimentos,\nSofia Rita Valente\nsofia.valente@lumenporto.example\n',
        { firstName: 'Sofia', lastName: 'Valente' },
      ],
    ],
  ],
  [
    'reads a name spelled the Iberian way as one of two family names whatever the language around it',
    [
      [
        'Thanks,\nJoaquín Arévalo Sandoval\njoaquin@arevalostudio.example\n',
        { firstName: 'Joaquín', lastName: 'Arévalo Sandoval' },
      ],
      ['Cheers,\nCarolina Peñalver Ruiz\n+34 655 321 044\n', { firstName: 'Carolina', lastName: 'Peñalver Ruiz' }],
      ['Cheers,\nDaniel Craig Thompson\n+44 7700 900 318\n', { firstName: 'Daniel', lastName: 'Thompson' }],
    ],
  ],
];

describe('name order', () => {
  for (const [behaviour, cases] of CASES)
    it(behaviour, () => {
      for (const [text, name] of cases) assert.deepEqual(nameOf(text), name, text);
    });
});
