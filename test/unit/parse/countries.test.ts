// Country names from CLDR (Intl.DisplayNames) over every region, in many languages, plus aliases.
import assert from 'node:assert/strict';
import { CountryEvidence, countryCodeOf, weighLanguage, weighScript, weighSegment } from '../../../src/parse/country';
import { countriesSpeaking, countryNamedInText } from '../../../src/parse/countryNames';
import { parseContact, toPlainContact } from '../../../src/parse/index';

/** The country one segment's evidence points to. */
function countryWeighed(text: string): string | undefined {
  const evidence = new CountryEvidence();
  weighSegment(evidence, text);
  return evidence.best();
}

describe('country names', () => {
  it('reads a country field in any display language, long or short, and common aliases', () => {
    const cases: Array<[string, string]> = [
      ['Luxembourg', 'LU'],
      ["Côte d'Ivoire", 'CI'],
      ['Luxemburg', 'LU'],
      ['Allemagne', 'DE'],
      ['Deutschland', 'DE'],
      ['Alemania', 'DE'],
      ['UK', 'GB'],
      ['USA', 'US'],
      ['United States', 'US'],
      ['日本', 'JP'],
      ['Nouvelle-Zélande', 'NZ'],
      ['Brasil', 'BR'],
      ['Türkiye', 'TR'],
      ['Corée du Sud', 'KR'],
      ['de', 'DE'],
    ];
    for (const [name, code] of cases) assert.equal(countryCodeOf(name), code, name);
    assert.equal(countryCodeOf('Atlantis'), undefined);
  });

  it('reads two letters as a code only in the Latin script', () => {
    assert.notEqual(countryCodeOf('台灣'), '台灣');
    assert.equal(countryCodeOf('ch'), 'CH');
  });

  it('finds in free text the English name and the name in the country’s own language', () => {
    assert.equal(countryNamedInText('Luxembourg'), 'LU');
    assert.equal(countryNamedInText('España'), 'ES');
    assert.equal(countryNamedInText('Nederland'), 'NL');
    assert.equal(countryNamedInText('Allemagne'), undefined, 'other languages only in country fields');
  });

  it('reads official names of four words or more, an ampersand as `and`', () => {
    const cases: Array<[string, string]> = [
      ['Cockburn Town, Turks & Caicos Islands', 'TC'],
      ['Chaguanas, Republic of Trinidad and Tobago', 'TT'],
      ['São Tomé and Príncipe', 'ST'],
    ];
    for (const [text, code] of cases) {
      assert.equal(countryWeighed(text), code, text);
    }
  });

  it('reads an Eircode as Irish only with a letter in its last part, any letter, after a routing key of the Post', () => {
    for (const [text, code] of [
      ['Galway H91 YR71', 'IE'],
      ['Limerick V94 BQ37', 'IE'],
      ['F10 2000', undefined],
      ['A12 3456', undefined],
      ['Ref. B12 AB34', undefined],
    ] as const) {
      assert.equal(countryWeighed(text), code, text);
    }
  });

  it('reads a Dutch postcode only with Dutch letters and the town closing its part, no US compass point', () => {
    for (const [text, code] of [
      ['2803 PD Gouda', 'NL'],
      ['Markt 12, 2611 GW Delft, Nederland', 'NL'],
      ['1450 NE Broadway', undefined],
      ['2100 SW Main Street', undefined],
    ] as const) {
      assert.equal(countryWeighed(text), code, text);
    }
  });

  it('reads an Italian postcode by the province letters in brackets after its town, and words only one country writes', () => {
    for (const [text, code] of [
      ['Via Garibaldi 12, 09025 Sanluri (SU)', 'IT'],
      ['20121 Milano (MI)', 'IT'],
      ['10115 Berlin (Mitte)', 'DE'],
      ['Växel: 0520-49 70 00', 'SE'],
      ['Natel 079 612 48 33', 'CH'],
      ['Buxoro Gilam Savdo MChJ', 'UZ'],
      ['P.O. Box 7712, Dar es Salaam', 'TZ'],
      ['Галиль Металл בע"מ', 'IL'],
    ] as const) {
      assert.equal(countryWeighed(text), code, text);
    }
  });

  it('reads a national number in the country the address names (Luxembourg, not in the old hand list)', () => {
    const draft = toPlainContact(
      parseContact('Best regards,\nMarie Weber\n12 Rue de la Gare\nL-1611 Luxembourg\n26 55 01 23'),
    );
    assert.deepEqual(
      draft.phones.map((p) => p.number),
      ['+35226550123'],
    );
  });

  it('reads Cyrillic without a language’s own letters as the Cyrillic country the text’s words name, else Russia', () => {
    const weighed = (lines: string[]): string | undefined => {
      const evidence = new CountryEvidence();
      for (const line of lines) weighSegment(evidence, line);
      weighScript(evidence, lines.join(' '));
      return evidence.best();
    };
    assert.equal(weighed(['„Струма Проектстрой“ ЕООД', 'тел.: 02 947 2618']), 'BG');
    assert.equal(weighed(['Мария Смирнова', 'тел.: 495 123 45 67']), 'RU');
  });

  it('counts a language’s label words once: they never outvote a number with its calling code', () => {
    const evidence = new CountryEvidence();
    for (const line of ['Cordialement,', 'Lagune SARL', 'Tél. : +225 27 22 55 01 42', 'Port. : 07 55 50 14 20'])
      weighSegment(evidence, line);
    assert.equal(evidence.best(), 'CI');
    const draft = toPlainContact(
      parseContact('Freundliche Grüße\nLukas Brunner\nAlpenholz GmbH\nTelefon +41 44 555 01 42\nHandy 079 555 01 43'),
    );
    assert.deepEqual(
      draft.phones.map((p) => p.number),
      ['+41445550142', '+41795550143'],
    );
  });

  it('reads the country a VAT id’s capital letters name after its label, and no lower-case word there', () => {
    const cases: Array<[string[], string | undefined]> = [
      [['Eifeler Dachbau GmbH', 'MwSt. BE 0634.218.957'], 'BE'],
      [['Vermeulen Techniek BV', 'BTW BE0781.455.302'], 'BE'],
      [['Bergblick Handel GmbH', 'USt-IdNr./MwSt: ATU12345678'], 'AT'],
      [['VAT No. EL 094123456'], 'GR'],
      [['VAT reg 12 4567 89'], undefined],
      [['VAT NO 1234567'], undefined],
      [['VAT NO 1234567'], undefined],
      [['prices excl. vat in 30 days'], undefined],
    ];
    for (const [lines, country] of cases) {
      const evidence = new CountryEvidence();
      for (const line of lines) weighSegment(evidence, line);
      assert.equal(evidence.best(), country, lines.join(' / '));
    }
  });

  it('counts one country’s hint words once, whether one word repeats or several different ones appear', () => {
    for (const lines of [
      ['Telefon', 'Telefon', 'Telefon', 'Wien'],
      ['Alpenholz GmbH', 'Telefon', 'Handy', 'Wien'],
    ]) {
      const evidence = new CountryEvidence();
      for (const line of lines) weighSegment(evidence, line);
      assert.equal(evidence.best(), 'AT', lines.join(' / '));
    }
  });

  it('gives a labelled national number no calling code from a legal form shared abroad or a name that is a city', () => {
    for (const text of [
      'Saludos,\nMartín Gómez\nImportadora Sur S.R.L.\nTel.: 4555-0142',
      'Best regards,\nLukas Amman\nPhone: 06 5550 142',
      'Best regards,\nNora Quito\nPhone: 02 255 0142',
      'Best regards,\nConstanța Ionescu\nTel: 021 555 0142',
    ])
      assert.deepEqual(toPlainContact(parseContact(text)).phones, [], text);
  });

  it('reads a national number under a language many countries write by the plan that reads the most of its digits', () => {
    const text = 'Saludos,\nMartín Gómez\nImportadora Sur S.R.L.\nTel.: 011 4555-0142';
    assert.deepEqual(
      toPlainContact(parseContact(text)).phones.map((phone) => phone.number),
      ['+541145550142'],
    );
  });

  it('reads a register written in capitals as its country, its everyday homograph in lower case as none', () => {
    assert.equal(countryWeighed('Registered Electrical Contractor, RECI 4471'), 'IE');
    assert.equal(countryWeighed('apă rece și nopți reci'), undefined);
  });

  it('reads the DDI label as English, whose country with a plan that reads the numbers gives them', () => {
    const text = 'Regards,\nAroha Te Rangi\nDDI 04 385 1172 | M 027 441 9083';
    const phones = toPlainContact(parseContact(text)).phones.map((phone) => phone.number);
    assert.deepEqual(phones, ['+6443851172', '+64274419083']);
  });

  it('reads a Han city inside an unspaced address where a city suffix follows it, not a street named after it', () => {
    assert.equal(countryWeighed('〒160-0022 東京都新宿区新宿3-8-15'), 'JP');
    assert.equal(countryWeighed('台北市中山區南京東路二段88號6樓'), 'TW');
    assert.equal(countryWeighed('广东省深圳市南山区科技园'), 'CN');
    assert.equal(countryWeighed('高雄市新興區北京路12號'), 'TW');
    assert.equal(countryWeighed('北京路12號'), undefined);
  });

  it('reads no country or city in the word after a capitalised `New` (another place), but a whole name that opens with it', () => {
    assert.equal(countryWeighed('the New Jersey and Connecticut columns'), undefined);
    assert.equal(countryWeighed('our stores across New England'), undefined);
    assert.equal(countryWeighed('Nueva Guinea, Nicaragua'), 'NI');
    assert.equal(countryWeighed('Whanganui, New Zealand'), 'NZ');
    assert.equal(countryWeighed('a new Jersey office'), 'JE');
  });

  it('reads Dutch address labels and Italian form labels as a hint of their language', () => {
    assert.equal(countryWeighed('Bezoekadres: Kanaalweg 12'), 'NL');
    assert.equal(countryWeighed('Cognome: Ferri'), 'IT');
    assert.equal(countryWeighed('Cellulare: 338 452 9617'), 'IT');
  });

  it('reads a legal form that is an everyday word (`as`, `ab`, `ag`, `kg`) only in capitals', () => {
    assert.equal(countryWeighed('so we can go ahead as planned'), undefined);
    assert.equal(countryWeighed('Lieferung ab Lager, 2 kg'), undefined);
    assert.equal(countryWeighed('Beidh mé ag an gcruinniú'), undefined);
    assert.equal(countryWeighed('Fjordlys Bygg AS'), 'NO');
    assert.equal(countryWeighed('Nordkust Data AB'), 'SE');
    assert.equal(countryWeighed('Huber Maschinenbau AG'), 'DE');
  });

  it('reads a credential marked (SA) and a company registration number of year/six digits/type as South Africa', () => {
    assert.equal(countryWeighed('Thandi Nkosi CA(SA)'), 'ZA');
    assert.equal(countryWeighed('MBChB, FCS (SA)'), 'ZA');
    assert.equal(countryWeighed('Reg. No. 2014/118830/07'), 'ZA');
    // Not a date, a Saudi firm in brackets, nor a file reference of other groups.
    assert.equal(countryWeighed('Invoice 2024/05/31'), undefined);
    assert.equal(countryWeighed('Ref. 2024/0045/12'), undefined);
  });

  it('reads the towns of English-speaking countries whose bare national numbers signatures write', () => {
    assert.equal(countryWeighed('9 Berea Lane, Midrand, 1685'), 'ZA');
    assert.equal(countryWeighed('Ashe Street, Tralee'), 'IE');
    assert.equal(countryWeighed('Kenyatta Avenue, Nakuru'), 'KE');
    assert.equal(countryWeighed('Lower Hutt'), 'NZ');
    assert.equal(countryWeighed('Dandenong South'), 'AU');
  });

  it("reads a legal form only one country's law has as that country, Mexico's from its last two words", () => {
    assert.equal(countryWeighed('Empaques del Norte, S. de R.L. de C.V.'), 'MX');
    assert.equal(countryWeighed('Cementos Illimani S.A.A.'), 'PE');
    assert.equal(countryWeighed('Rila Logistika EOOD'), 'BG');
    // A Dutch limited partnership's `C.V.` without Mexico's `de` names no country.
    assert.equal(countryWeighed('Van Dijk Beheer C.V.'), undefined);
  });

  it('reads a national capital or largest city as its country', () => {
    assert.equal(countryWeighed('Bv. Artigas 1150, 11300 Montevideo'), 'UY');
    assert.equal(countryWeighed('Avda. Mariscal López 1420, Asunción'), 'PY');
    assert.equal(countryWeighed('Boulevard de la Corniche, BP 3187 Dakar'), 'SN');
    assert.equal(countryWeighed('Hamra Street, Building 12, Beirut'), 'LB');
  });

  it('reads a Mexican state closing an address as Mexico, its two-word names too', () => {
    assert.equal(countryWeighed('Arandas, Jalisco'), 'MX');
    assert.equal(countryWeighed('San Pedro Garza García, Nuevo León'), 'MX');
  });

  it('reads a city named in three or four words as its country, the longest name first', () => {
    assert.equal(countryWeighed('Ciudad de México'), 'MX');
    assert.equal(countryWeighed('Rio de Janeiro'), 'BR');
    assert.equal(countryWeighed('Ho Chi Minh City'), 'VN');
  });

  it('reads a Romanian or Moldovan city written with cedilla ş/ţ as with comma-below ș/ț', () => {
    assert.equal(countryWeighed('Str. Ismail 12, Chişinău'), 'MD');
    assert.equal(countryWeighed('Str. Ismail 12, Chișinău'), 'MD');
    assert.equal(countryWeighed('Str. Ismail 12, CHIŞINĂU'), 'MD');
  });

  it('does not read a given name or surname that is also a city as its country', () => {
    assert.equal(countryWeighed('Constanța Ionescu'), undefined);
    assert.equal(countryWeighed('Lukas Amman'), undefined);
    assert.equal(countryWeighed('Nora Quito'), undefined);
  });

  it("reads Persian's letters of the Arabic script as Iran, Urdu's own as Pakistan, Arabic's alone as neither", () => {
    const scripted = (text: string): string | undefined => {
      const evidence = new CountryEvidence();
      weighScript(evidence, text);
      return evidence.best();
    };
    assert.equal(scripted('کارشناس ارشد فروش'), 'IR');
    assert.equal(scripted('سیلز مینیجر، ماڈل ٹاؤن'), 'PK');
    assert.equal(scripted('مدير المبيعات'), 'SA');
    // Urdu's commonest own letters are its two hehs: `شکریہ` without ٹ ڈ ڑ ں ے is still Urdu.
    assert.equal(scripted('شکریہ، عمران قریشی'), 'PK');
    // Pashto, Sorani Kurdish and Uyghur write keheh and Farsi yeh too, Kurdish and Uyghur Urdu's ھ as well, but
    // their own letters are neither Persian nor Urdu: Iran and Pakistan are not named (the Arabic script's weak
    // default stays).
    for (const text of [
      'ښاغلی کریم احمدزی، مدیر',
      'بەڕێوەبەری فرۆشتن، کۆمپانیا',
      'بەڕێوەبەری بازرگانی، ھەولێر',
      'ئۈرۈمچى شەھىرى',
    ]) {
      assert.equal(scripted(text), 'SA', text);
    }
  });

  it("reads Cyrillic's languages by the letters Russian does not write, and scripts of one country", () => {
    const scripted = (text: string): string | undefined => {
      const evidence = new CountryEvidence();
      weighScript(evidence, text);
      return evidence.best();
    };
    const cases: Array<[string, string]> = [
      ['Ръководител продажби', 'BG'],
      ['Љубица Ђорђевић, менаџер набавке', 'RS'],
      ['Ѓорѓи Трајковски, Скопје', 'MK'],
      ['Құрметпен, Әлия', 'KZ'],
      // Kyrgyz and Mongolian write ө and ү; Kyrgyz's ң tells them apart
      ['Жаңы Жол, Бишкек шаары', 'KG'],
      ['Хүндэтгэсэн, Гүйцэтгэх захирал', 'MN'],
      ['начальнік аддзела ўліку, Мінск', 'BY'],
      ['вул. Хрещатик, Київ', 'UA'],
      // Russian's hard sign stands before е, ё, ю, я only: no Bulgarian vowel
      ['Отдел объектов, подъезд 2', 'RU'],
      ['ფინანსური მენეჯერი', 'GE'],
      ['Երևան', 'AM'],
      ['சென்னை', 'IN'],
      ['મો. શાહ ટ્રેડર્સ', 'IN'],
      ['ಧನ್ಯವಾದಗಳು', 'IN'],
    ];
    for (const [text, code] of cases) assert.equal(scripted(text), code, text);
  });

  it("reads a country's name in the text's own language closing an address ('Maroc' in French), in no other", () => {
    const weighed = (...segments: string[]): string | undefined => {
      const evidence = new CountryEvidence();
      for (const segment of segments) weighSegment(evidence, segment);
      return evidence.best();
    };
    const below = (label: string, address: string, country: string): string | undefined => {
      const evidence = new CountryEvidence();
      weighSegment(evidence, label);
      weighSegment(evidence, address);
      weighSegment(evidence, country, 'anywhere');
      return evidence.best();
    };
    assert.equal(below('Tél. : 05 22 55 01 87', '58, Boulevard Ghandi', 'Maroc'), 'MA');
    assert.equal(weighed('Portable : 03 555 014', 'rue Hamra, Beyrouth, Liban'), 'LB');
    assert.equal(weighed('Móvil: 06 61 55 01 77', 'Av. Mohammed V 18, Tánger, Marruecos'), 'MA');
    // No word of French: `Maroc` is read in no language of the text.
    assert.equal(weighed('Maroc'), undefined);
    // A given name that is also a country's name (`Dominique`, `Mauricio`) standing alone on its line is no place.
    assert.equal(weighed('Tél. : 04 72 55 01 42', 'Dominique'), 'FR');
    assert.equal(weighed('Móvil: 612 55 01 42', 'Mauricio'), 'ES');
  });

  it('keeps the national numbers of a signature signed with a given name that is also a country in its language', () => {
    const phonesOf = (text: string): string[] => toPlainContact(parseContact(text)).phones.map((p) => p.number);
    assert.deepEqual(phonesOf('Cordialement,\nDominique\nTél. 04 72 55 01 42 – Port. 06 12 55 01 42'), [
      '+33472550142',
      '+33612550142',
    ]);
    assert.deepEqual(phonesOf('Cordialement,\nNadia Alaoui\n26100 Berrechid\nMAROC\nTél. : 05 22 55 01 63'), [
      '+212522550163',
    ]);
  });

  it("does not read the sender's own name as the country or city it also names", () => {
    const weighedFor = (text: string, name: string): string | undefined => {
      const evidence = new CountryEvidence();
      weighSegment(evidence, text, 'listed', new Set(name.toLowerCase().split(' ')));
      return evidence.best();
    };
    assert.equal(weighedFor('Montserrat Vidal, Barcelona', 'Montserrat Vidal'), 'ES');
    assert.equal(weighedFor('Chad Okafor, Lagos', 'Chad Okafor'), 'NG');
    // Another person's name in the text is still read as written.
    assert.equal(weighedFor('Montserrat', 'Anna Puig'), 'MS');
    // Below the name line, the same word is the place it names.
    const signed = parseContact(
      'Jordan Haddad\nSales Manager\nPetra Trading Co.\nAmman, Jordan\nTel: 06 555 0142\njordan@petra.example\n',
    );
    assert.deepEqual(
      toPlainContact(signed).phones.map((p) => p.number),
      ['+96265550142'],
    );
  });

  it('reads a city a slash joins to its region, and an Afrikaans (Edms) Bpk as South African', () => {
    assert.equal(countryWeighed('Cidade/UF: Rio de Janeiro/RJ'), 'BR');
    assert.equal(countryWeighed('Karoo Boerdery (Edms) Bpk'), 'ZA');
    assert.equal(countryWeighed('27 شارع مصدق، الدقي، الجيزة'), 'EG');
  });

  it('reads a city in its own script, a closing vowel sign part of its name, before the script’s larger country', () => {
    const evidence = new CountryEvidence();
    weighSegment(evidence, 'लेकसाइड, पोखरा');
    weighScript(evidence, 'लेकसाइड, पोखरा');
    assert.equal(evidence.best(), 'NP');
    assert.equal(countryWeighed('ДООЕЛ „Вардар Текстил“ Битола'), 'MK');
  });

  it('reads a city a street word follows as the street named after it, not the place of the address', () => {
    assert.equal(countryWeighed('Plot 88, Cairo Road, Ndola'), 'ZM');
    assert.equal(countryWeighed('Plot 14, Nairobi Road, Kampala'), 'UG');
    // a comma parts the city from the street of the next part
    assert.equal(countryWeighed('MD-2012, mun. Chișinău, str. Ismail 12'), 'MD');
    // a street word opening the next part (`Plot 4471`) leaves the city before it the place of the address
    assert.equal(countryWeighed('Lusaka Plot 4471 Mungwi Road'), 'ZM');
  });

  it('reads a sign-off of Catalan, Slovak, Slovene or Estonian as its country', () => {
    assert.equal(countryWeighed('Salutacions,'), 'ES');
    assert.equal(countryWeighed('S pozdravom'), 'SK');
    assert.equal(countryWeighed('Lep pozdrav,'), 'SI');
    assert.equal(countryWeighed('Lugupidamisega'), 'EE');
    // Czech signs `S úctou` as Slovak does: no one country.
    assert.equal(countryWeighed('S úctou'), undefined);
  });

  it('reads a Croatian sign-off as Croatia, its kin that write it alike (Bosnia, Serbia, Montenegro) tried too', () => {
    assert.equal(countryWeighed('S poštovanjem,'), 'HR');
    const evidence = new CountryEvidence();
    weighSegment(evidence, 'Srdačan pozdrav,');
    const kin = evidence.languageKin();
    assert.ok(kin.includes('BA') && kin.includes('RS') && kin.includes('ME'));
  });

  it('lists the countries whose main language is one language, from CLDR', () => {
    assert.ok(countriesSpeaking('es').includes('AR'));
    assert.ok(countriesSpeaking('ar').includes('IQ'));
    assert.ok(!countriesSpeaking('es').includes('BR'));
    assert.deepEqual(countriesSpeaking('xx'), []);
  });

  it("gives the language's other countries only when the best country holds by its language's words alone", () => {
    const weak = new CountryEvidence();
    weighSegment(weak, 'Saludos,');
    assert.ok(weak.languageKin().includes('MX'));
    assert.ok(!weak.languageKin().includes('ES'));
    const strong = new CountryEvidence();
    weighSegment(strong, 'Saludos,');
    weighSegment(strong, 'Tel. +34 912 345 678');
    assert.deepEqual(strong.languageKin(), []);
  });

  it("ranks of equal scores a city's country over one its language's words alone give", () => {
    const evidence = new CountryEvidence();
    weighSegment(evidence, 'Bien à vous,');
    weighSegment(evidence, 'Zellige Atlas SARL');
    weighSegment(evidence, 'Lot 42, 40110 Marrakech');
    assert.equal(evidence.best(), 'MA');
    const french = new CountryEvidence();
    weighSegment(french, 'Bien à vous,');
    weighSegment(french, 'Zellige Atlas SARL');
    weighSegment(french, 'Lot 42, 40110 Marrakech');
    weighSegment(french, 'Tél : +33 4 72 61 58 30');
    assert.equal(french.best(), 'FR');
  });

  it("gives the other countries of a shared script's language as kin when the script alone names the best", () => {
    const tamil = new CountryEvidence();
    weighScript(tamil, 'தொலைபேசி:');
    assert.equal(tamil.best(), 'IN');
    assert.ok(tamil.languageKin().includes('LK'));
    const chennai = new CountryEvidence();
    weighScript(chennai, 'தொலைபேசி:');
    weighSegment(chennai, 'Tel. +91 44 2815 3320');
    assert.deepEqual(chennai.languageKin(), []);
  });

  it('reads the Bengali script as Bangladesh, and a calling code in Bengali digits as its country', () => {
    const scripted = (text: string): string | undefined => {
      const evidence = new CountryEvidence();
      weighScript(evidence, text);
      return evidence.best();
    };
    assert.equal(scripted('হিসাব কর্মকর্তা'), 'BD');
    assert.equal(countryWeighed('মোবাইল: +৯১ ৯৮৩০০ ১২৩৪৫'), 'IN');
  });
});

describe("the language of the sender's sentences", () => {
  const language = (text: string): string | undefined => {
    const evidence = new CountryEvidence();
    weighLanguage(evidence, text);
    return evidence.best();
  };

  it('counts no small word that a Chinese or Japanese name spells alike (Ang, Ito)', () => {
    // two Tagalog words already: either name read as a third would make it Tagalog
    assert.equal(language('Salamat naman!\nAng Wei Ling'), undefined);
    assert.equal(language('Salamat naman!\nIto Logistics'), undefined);
  });

  it('still reads a Tagalog note from its own small words', () => {
    assert.equal(language('Salamat po, naman kayo mga'), 'PH');
  });
});

describe('a sign-off of a language’s home', () => {
  const weighed = (lines: string[]): { best?: string; runnersUp: string[] } => {
    const evidence = new CountryEvidence();
    for (const line of lines) weighSegment(evidence, line);
    return { best: evidence.best(), runnersUp: evidence.runnersUp() };
  };

  it('counts for the country of its language a legal form names, in either line order', () => {
    assert.equal(weighed(['Un abrazo,', 'Cerámicas Huaylas S.A.C.']).best, 'PE');
    assert.equal(weighed(['Cerámicas Huaylas S.A.C.', 'Un abrazo,']).best, 'PE');
  });

  it('weighs the same whichever of its home’s and another country’s words comes first', () => {
    const lines = ['Un abrazo,', 'Cerámicas Huaylas S.A.C.', 'Móvil'];
    const orders = [lines, [lines[1], lines[2], lines[0]], [lines[2], lines[0], lines[1]], [...lines].reverse()];
    for (const order of orders) assert.deepEqual(weighed(order), weighed(lines));
  });
});
