// What the words of a role segment say (roleCues.ts): title words counted one by one, or two at a
// time where a script writes a word's syllables apart; legal forms told from a place's region code.
import * as assert from 'node:assert/strict';
import { parseContact } from '../../../src/parse/index';
import {
  closesAsDepartment,
  closesOnOrganisationKind,
  COMPANY_LEGAL_WEIGHT,
  companyScore,
  isItemColumnHeadings,
  namesDepartment,
  namesOrganisation,
  namesTrade,
  namesUniversity,
  onlyLegalForms,
  opensWithLegalForm,
  titleScore,
  withoutRegistration,
} from '../../../src/parse/roleCues';

describe('namesTrade', () => {
  it('reads an Arabic word opening with لل (for the) as the trade a firm goes on to', () => {
    assert.equal(namesTrade('للصناعات'), true);
    assert.equal(namesTrade('للتجارة'), true);
  });

  it('reads no other word, nor لل alone', () => {
    assert.equal(namesTrade('الصناعات'), false);
    assert.equal(namesTrade('عبدالله'), false);
    assert.equal(namesTrade('لل'), false);
  });
});

describe('companyScore of an Arabic trade', () => {
  it('counts the trade near the end of a firm name', () => {
    assert.equal(companyScore('الفرات للصناعات الغذائية'), 1);
  });

  it('counts no trade word a sentence goes on after', () => {
    assert.equal(companyScore('الطلب جاهز للشحن من المستودع غداً صباحاً'), 0);
  });
});

describe('titleScore', () => {
  it('counts the salesperson of French, Italian and Polish as a title word', () => {
    for (const title of ['Vendeur', 'Venditore', 'Sprzedawca']) assert.equal(titleScore(title), 1, title);
  });

  it('counts a Vietnamese title word written as two syllables', () => {
    assert.equal(titleScore('Kế toán'), 1);
    assert.equal(titleScore('Quản lý kho'), 1);
    assert.equal(titleScore('Phụ trách kinh doanh'), 1);
  });

  it('counts a Japanese title under its senior modifier, but not the modifier in a firm name', () => {
    assert.equal(titleScore('シニアリサーチャー'), 1);
    assert.equal(titleScore('シニアライフ株式会社'), 0);
    assert.equal(titleScore('シニアケア桜'), 0);
  });

  it('counts no pair made of a word and its neighbour elsewhere', () => {
    assert.equal(titleScore('Ocean Freight'), 0);
  });

  it('counts a general manager abbreviation in capitals as a whole title or before its field', () => {
    assert.equal(titleScore('GM'), 1);
    assert.equal(titleScore('GM – Projects'), 1);
    assert.equal(titleScore('DGM: Finance'), 1);
  });

  it('counts the words for a partner or co-owner in the Nordic languages and Czech', () => {
    for (const title of [
      'Delägare',
      'Medeier',
      'Deleier',
      'Medejer',
      'Medindehaver',
      'Osakas',
      'Společník',
      'společnice',
    ])
      assert.equal(titleScore(title), 1, title);
  });

  it('counts the head nouns of translators, photographers, signatories and merchandisers', () => {
    for (const title of [
      'Übersetzerin',
      'traductora',
      'перекладачка',
      'Fotógrafa',
      'Authorised Signatory',
      'Merchandiser',
    ])
      assert.equal(titleScore(title), 1, title);
  });

  it('counts title words of Central and Eastern Europe, Mongolia, Armenia, Nepal and Turkey', () => {
    for (const title of [
      'manažérka pre kľúčových zákazníkov',
      'vodja razvoja',
      'odvjetnica',
      'notariusz',
      'намеснік дырэктара па збыце',
      'Хуулийн зөвлөх',
      'Ֆիզիկայի ֆակուլտետի դեկան',
      'वरिष्ठ अधिकृत',
      'Öğretim Üyesi',
      'Projektleitung Messebau',
      'okl. építőmérnök',
      '负责人',
    ])
      assert.ok(titleScore(title) > 0, title);
  });

  it('counts teachers, professors, administrators, inspectors, Serbian heads and Nordic doctors and brokers', () => {
    for (const title of [
      'Profesora Titular de Universidad',
      'Catedrático',
      'Pesquisadora',
      'Kaiako',
      'Tumuaki',
      'administrador',
      'Inspektor ds. zamówień publicznych',
      'Руководилац пројекта',
      'Tandlæge',
      'Överläkare',
      'Hammaslääkäri',
      'Fastlege',
      'Reg. fastighetsmäklare',
    ])
      assert.ok(titleScore(title) > 0, title);
  });

  it('counts no college as a compound on the Norwegian word for doctor', () => {
    assert.equal(titleScore('Bergen College'), 0);
  });

  it('counts no notary written before the name as a form of address (de Notar, it Notaio, nl / id Notaris)', () => {
    assert.equal(titleScore('Notaio'), 0);
    assert.equal(titleScore('Notar'), 0);
    assert.equal(titleScore('Notaris'), 0);
  });

  it('counts Tolk as a title word, yet reads it as a surname', () => {
    assert.equal(titleScore('Tolk'), 1);
    const d = parseContact('Hi,\nLee Tolk\nDesigner\nBlue Sky Studio\nlee@bluesky.example\n');
    assert.equal(d.lastName?.value, 'Tolk');
    assert.equal(d.title?.value, 'Designer');
    assert.equal(d.company?.value, 'Blue Sky Studio');
  });

  it('reads the nl/af title words that are also surnames (Hoof, Stigter, Lector, Lektor, Docent) as surnames', () => {
    for (const surname of ['Hoof', 'Stigter', 'Lector', 'Lektor', 'Docent']) {
      const d = parseContact(`Hi,\nPeter ${surname}\nSenior Buyer\nNorthwind Trading Ltd\npeter@northwind.example\n`);
      assert.equal(d.lastName?.value, surname, surname);
      assert.equal(d.title?.value, 'Senior Buyer', surname);
      assert.equal(d.company?.value, 'Northwind Trading Ltd', surname);
    }
    const d = parseContact('Met vriendelijke groet,\nJan van Hoof\nInkoper\nDelta Bouw B.V.\n');
    assert.equal(d.firstName?.value, 'Jan');
    assert.equal(d.lastName?.value, 'van Hoof');
  });

  it('reads no prose opening with a determiner before a title word, nor a colon line naming people, as a title', () => {
    for (const line of [
      'Your manager approved the budget',
      'Our consultant says yes',
      'Geschäftsführer: Keller',
      'Director: Reyes',
      'Manager: approved',
    ])
      assert.equal(parseContact(`Best regards,\nJo Smith\n${line}\n`).title, undefined, line);
    assert.equal(
      parseContact('Best regards,\nJo Smith\nEinkauf\nVorstand: Keller, Brandt, Vogel\n').title?.value,
      'Einkauf',
    );
    assert.equal(
      parseContact('Best regards,\nJo Smith\nManager: Human Resources\n').title?.value,
      'Manager: Human Resources',
    );
  });

  it('counts a German compound on -anwalt or -anwältin as a lawyer, not the plural naming a firm', () => {
    assert.equal(titleScore('Fachanwältin für Arbeitsrecht'), 1);
    assert.equal(titleScore('Patentanwalt'), 1);
    assert.equal(titleScore('Hartmann Rechtsanwälte'), 0);
  });

  it('counts a suffixed title word written without its umlauts, as ae or as the bare vowel', () => {
    for (const title of ['Rechtsanwaeltin', 'Rechtsanwaltin', 'Geschaeftsfuehrer'])
      assert.equal(titleScore(title), 1, title);
    assert.equal(titleScore('Hartmann Rechtsanwaelte'), 0);
    const d = parseContact(
      'Mit freundlichen Grüßen\nAnna Weber\nRechtsanwaeltin\nWeber & Partner mbB\nanna@weber-partner.example\n',
    );
    assert.equal(d.title?.value, 'Rechtsanwaeltin');
    assert.equal(d.company?.value, 'Weber & Partner mbB');
  });

  it('counts no GM, AGM or DGM that names a firm, a meeting or a chat greeting', () => {
    assert.equal(titleScore('GM Financial'), 0);
    assert.equal(titleScore('GM Defense LLC'), 0);
    assert.equal(titleScore('AGM 2026'), 0);
    assert.equal(titleScore('gm'), 0);
  });
});

describe('companyScore', () => {
  it('gives a state or province code after a town no legal-form weight', () => {
    assert.equal(companyScore('Louisville, KY'), 0);
    assert.equal(companyScore('Calgary, AB'), 0);
  });

  it('keeps the legal form after a comma that follows a firm', () => {
    assert.ok(companyScore('Harbor Lane Holdings, LP') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(companyScore('Nordvik Trading AB') >= COMPANY_LEGAL_WEIGHT);
  });

  it('reads the Afrikaans limited company forms closing a firm', () => {
    assert.ok(companyScore('Botha Staalwerke (Edms) Bpk') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(companyScore('Karoo Sement Beperk') >= COMPANY_LEGAL_WEIGHT);
  });

  it('keeps the legal form after the comma of a cue-less firm where it is no region code', () => {
    assert.ok(companyScore('Harbor Lane, LP') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(companyScore('Tamsin Reeve, PC') >= COMPANY_LEGAL_WEIGHT);
  });

  it('reads an organisation word heading a compound as a firm, not a working group, a data bank or a river bank', () => {
    assert.equal(companyScore('Universitätsklinikum Talheim'), 1);
    assert.equal(companyScore('Volksbank Lindenau'), 1);
    // A compound needs three letters before its head: `reworks` is a verb, `Kelpworks` a firm.
    assert.equal(companyScore('Kelpworks'), 1);
    assert.equal(companyScore('reworks'), 0);
    for (const unit of [
      'Arbeitsgruppe',
      'Projektgruppe',
      'Fachgruppe',
      'Datenbank',
      'Blutbank',
      'Southbank',
      'Riverbank',
    ])
      assert.equal(companyScore(unit), 0, unit);
  });

  it('reads the office of a practice (a law, notary or tax office) as a firm, alone or heading a compound', () => {
    for (const firm of [
      'Kaya Mimarlık Bürosu',
      'Kancelaria Prawna Lex Nova',
      'Bufete Ortega',
      "Cabinet d'avocats Roux",
      'CABINET DE LA FONTAINE',
      'Halloran Pryce Solicitors',
      'Steuerkanzlei Hoffmann',
      'Norrström Advokatbyrå',
      'Berge Advokatkontor',
      'De Wit Notariskantoor',
      'Tilitoimisto Koski',
    ])
      assert.equal(companyScore(firm), 1, firm);
    // A compound needs letters before its head: the word alone is a label (`Kontor: +47 …`).
    assert.equal(companyScore('Kontor'), 0);
    // A head office or post office is a kind of office, no firm.
    for (const office of ['Hoofdkantoor', 'Postkantoor', 'Hovedkontor', 'Huvudkontor'])
      assert.equal(companyScore(office), 0, office);
  });

  it('reads no English title opening with Cabinet as a firm', () => {
    // `Cabinet` adds nothing to what the rest says (`Health` is an organisation word of its own).
    for (const title of ['Cabinet Secretary for Health', 'Cabinet Maker'])
      assert.equal(companyScore(title), companyScore(title.replace('Cabinet ', '')), title);
    const d = parseContact(
      'Kind regards,\nFiona Reid\nCabinet Secretary for Health\nScottish Government\nfiona.reid@gov.example\n',
    );
    assert.equal(d.title?.value, 'Cabinet Secretary for Health');
    assert.equal(d.company?.value, 'Scottish Government');
    assert.equal(
      parseContact('Cheers,\nBen Hart\nCabinet Maker\nHart Joinery Ltd\nben@hartjoinery.example\n').title?.value,
      'Cabinet Maker',
    );
  });

  it("reads a professional practice's own legal form, after the name or before it", () => {
    for (const firm of [
      'Marín Ortega Abogados, S.L.P.',
      'Bianchi Ferrara S.t.p.',
      'SCP Durand Lefèvre',
      'SELARL Moreau Vidal',
    ])
      assert.ok(companyScore(firm) >= COMPANY_LEGAL_WEIGHT, firm);
  });

  it('reads no practice form in a title: bare SLP, SCP, STP, or a form before a title word', () => {
    for (const title of ['Pediatric SLP', 'SCP Engineer', 'STP Analyst', 'Jane Doe, CCC-SLP'])
      assert.equal(companyScore(title), 0, title);
    const d = parseContact('Best,\nMaria Gomez\nPediatric SLP\nBright Steps Therapy\nmaria@brightsteps.example\n');
    assert.equal(d.title?.value, 'Pediatric SLP');
    assert.equal(
      parseContact('Regards,\nTom Baker\nSCP Engineer\nNorthgate Systems Ltd\ntom@northgate.example\n').title?.value,
      'SCP Engineer',
    );
  });

  it('reads a post-Soviet legal form written in Latin letters before the name', () => {
    for (const firm of [
      'OOO Volga Stroy',
      'TOV "Dnipro Agro"',
      'PrAT Lviv Keramika',
      'ZAO Ural Metall',
      'PAO Severny Mayak',
    ])
      assert.ok(companyScore(firm) >= COMPANY_LEGAL_WEIGHT, firm);
    // Only as the first of several words: the form alone is no firm.
    assert.equal(companyScore('TOV'), 0);
  });

  it('reads no Latin-letter form in a name that starts with the same word', () => {
    // Not written as an abbreviation (`Pao`, `Tov`, `Zao`), or in capitals before one given name (`PRAT Jordi`).
    for (const name of ['Pao Li-Wen', 'Tov Shalom', 'Zao Wen', 'PRAT Jordi', 'PAO Li-Wen'])
      assert.equal(companyScore(name), 0, name);
    const d = parseContact('Salutacions,\nPRAT Jordi\nAdvocat\nBufete Prat i Associats\njordi@pratassociats.example\n');
    assert.equal(d.lastName?.value, 'Prat');
    assert.equal(d.title?.value, 'Advocat');
    assert.equal(d.company?.value, 'Bufete Prat i Associats');
  });

  it('reads a region code that is a legal form too after a cue-less comma as a place', () => {
    // A Nordic firm writes no comma before `AB`: `Nordvik, AB` reads as `Calgary, AB`.
    assert.equal(companyScore('Nordvik, AB'), 0);
    assert.equal(companyScore('Reno, NV'), 0);
  });
});

describe('namesDepartment', () => {
  it('reads a trade word as a field beside the words of a field or a connector', () => {
    assert.ok(namesDepartment('Facilities Management'));
    assert.ok(namesDepartment('Director, Office Services'));
    assert.ok(namesDepartment('Manager, Training Programs'));
    assert.ok(namesDepartment('Office Of The CEO'));
  });

  it('reads a shipping department in the languages of delivery notes', () => {
    for (const department of ['Spedizioni', 'Expediciones', 'Expédition', 'Verzending', 'Shipping'])
      assert.ok(namesDepartment(department), department);
  });

  it("reads a firm's research lab written without spaces (Korean, Japanese) as a department", () => {
    assert.ok(namesDepartment('자율주행연구소'));
    assert.ok(namesDepartment('先端材料研究所'));
  });

  it('reads a numbered unit written without spaces (Korean, Japanese) as a department', () => {
    assert.ok(namesDepartment('영업2팀'));
    assert.ok(namesDepartment('開発1課'));
    assert.ok(!namesDepartment('2팀'));
  });

  it('reads a compound closed by a department word (Nordic, German, Finnish) as a department', () => {
    assert.ok(namesDepartment('Lönavdelningen'));
    assert.ok(namesDepartment('Einkaufsabteilung'));
    assert.ok(namesDepartment('Talousosasto'));
  });

  it('reads a trade word beside a proper noun as a firm', () => {
    assert.ok(!namesDepartment('Pacific Training Group'));
    assert.ok(!namesDepartment('Office Depot'));
  });
});

describe('companyScore: offices, practices and institutes in other languages', () => {
  it('reads a compound on -büro or -bureau as a firm', () => {
    assert.ok(companyScore('Ingenieurbüro Köhler') > 0);
    assert.ok(companyScore('Adviesbureau Smit') > 0);
  });

  it('reads a Spanish or Portuguese practice (estudio, escritório) and its partners as a firm', () => {
    assert.ok(companyScore('Estudio Jurídico Olivera') > 0);
    assert.ok(companyScore('Escritório Lima') > 0);
    assert.ok(companyScore('Olivera & Asociados') > 0);
  });

  it('reads partners joined by `&` as a firm when a surname particle stands beside it, and trades in lower case as none', () => {
    assert.ok(companyScore('Marsh & van Loon') > 0);
    assert.ok(companyScore('Brandt & de Graaf') > 0);
    assert.equal(companyScore('Tuinontwerp & beplanting'), 0);
  });

  it('reads an institute in the Baltic and Czech languages as an organisation', () => {
    for (const body of ['Latvijas Mežu institūts', 'Ústav organické chemie', 'Kauno technologijos institutas'])
      assert.ok(companyScore(body) > 0, body);
  });

  it('reads the Lithuanian VšĮ and the Austrian e.U. after the name as legal forms', () => {
    assert.equal(companyScore('Kauno inovacijų centras, VšĮ'), COMPANY_LEGAL_WEIGHT);
    assert.equal(companyScore('Planungsbüro Brandstätter e.U.') >= COMPANY_LEGAL_WEIGHT, true);
  });
});

describe('Persian roles and the Croatian j.d.o.o.', () => {
  it('counts Persian title words written with the Persian yeh and kaf', () => {
    for (const title of ['مدیر پروژه', 'کارشناس ارشد فروش', 'معاون مالی']) assert.ok(titleScore(title) > 0, title);
  });

  it('reads a Persian group or university as an organisation', () => {
    assert.ok(companyScore('گروه صنعتی پارس آرین') > 0);
    assert.ok(companyScore('دانشگاه صنعتی اصفهان') > 0);
  });

  it('reads j.d.o.o. after the name as a legal form', () => {
    assert.ok(companyScore('Zagorski Med j.d.o.o.') >= COMPANY_LEGAL_WEIGHT);
  });

  it('keeps ارشد (senior, and the name Arshad) in the name when no title noun stands beside it', () => {
    const contact = parseContact('Regards,\nعلی ارشد\nمدیر فروش\nali@acme.example\n');
    assert.equal(contact.firstName?.value, 'علی');
    assert.equal(contact.lastName?.value, 'ارشد');
    assert.equal(contact.title?.value, 'مدیر فروش');
    const latin = parseContact('Regards,\nمحمد ارشد\nSales Manager\nAcme Pvt Ltd\n');
    assert.equal(latin.lastName?.value, 'ارشد');
    assert.equal(latin.company?.value, 'Acme Pvt Ltd');
  });

  it('reads a Persian sign-off as no name', () => {
    const contact = parseContact(
      'با احترام،\nعلی رضایی\nکارشناس ارشد فروش\nشرکت صنایع غذایی مهرگان\nali.rezaei@mehregan-food.example\n',
    );
    assert.equal(contact.firstName?.value, 'علی');
    assert.equal(contact.lastName?.value, 'رضایی');
  });
});

describe('Persian field words that are also names (review finding 6)', () => {
  it('keeps بخش and واحد in a name line', () => {
    const urdu = parseContact('Regards,\nاللہ بخش\nمینیجر فروش\nallah.bakhsh@x.example\n');
    assert.equal(urdu.firstName?.value, 'اللہ');
    assert.equal(urdu.lastName?.value, 'بخش');
    const arabic = parseContact('مع التحية،\nأحمد واحد\nمدير المبيعات\nahmed@x.example\n');
    assert.equal(arabic.lastName?.value, 'واحد');
  });
});

describe('Baltic titles and legal forms', () => {
  it('counts Lithuanian, Latvian and Estonian title head nouns, Estonian compounds on -juht too', () => {
    for (const title of ['Projektų vadovė', 'Direktorius', 'Pārdošanas vadītājs', 'Juhataja', 'Projektijuht'])
      assert.equal(titleScore(title), 1, title);
  });

  it('reads UAB and SIA written as an abbreviation before the name as a legal form', () => {
    assert.ok(companyScore('UAB „Medžio linija“') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(companyScore('SIA "Dzintara Koks"') >= COMPANY_LEGAL_WEIGHT);
    assert.ok(companyScore('UAB Vilties Tiltai') >= COMPANY_LEGAL_WEIGHT);
    // `Sia` is also a given name: not an abbreviation as written.
    assert.equal(companyScore('Sia Moretti'), 0);
  });

  it('reads a title whose head noun follows a genitive field as the title, not a sentence', () => {
    const contact = parseContact(
      'Ar cieņu,\nJānis Ozoliņš\nPārdošanas vadītājs Baltijas valstīs\nSIA "Dzintara Koks"\njanis.ozolins@dzintarakoks.example\n',
    );
    assert.equal(contact.title?.value, 'Pārdošanas vadītājs Baltijas valstīs');
    assert.equal(contact.company?.value, 'SIA "Dzintara Koks"');
  });
});

describe('Belarusian, Kazakh, Mongolian, Greek, Peruvian and Urdu legal forms', () => {
  it('reads a form before or after the quoted name as a legal form', () => {
    for (const firm of [
      'ААТ «Лясны Край»',
      'ТАА «Палескі Млын»',
      '«Дала Жолдары» ЖШС',
      '«Алатау Білім Орталығы» КЕАҚ',
      '"Тал Нутаг" ХХК',
      'ΘΕΣΣΑΛΙΚΗ ΞΥΛΕΙΑ Α.Β.Ε.Ε.',
      'Cementos del Pacífico S.A.A.',
      'سیالکوٹ لیدر ورکس لمیٹڈ',
    ])
      assert.ok(companyScore(firm) >= COMPANY_LEGAL_WEIGHT, firm);
  });
});

describe('withoutRegistration', () => {
  it('drops a Malaysian registration number with the old number nested after the new', () => {
    assert.equal(
      withoutRegistration('Larut Cold Chain Sdn. Bhd. (201701009876 (1233210-W))'),
      'Larut Cold Chain Sdn. Bhd.',
    );
  });

  it('keeps a firm whose registration is labelled Company No. out of the legal footers', () => {
    const contact = parseContact(
      'Siti Hajar binti Osman\nPengurus Kewangan\nKestrel Ukur Sdn. Bhd. (Company No. 201801023456)\nsiti.hajar@kestrelukur.example',
    );
    assert.equal(contact.company?.value, 'Kestrel Ukur Sdn. Bhd.');
  });
});

describe('onlyLegalForms', () => {
  it('reads a legal form of several words joined by a preposition', () => {
    for (const text of ['Sp. z o.o.', 'spol. s r.o.', 'GmbH & Co. KG']) assert.ok(onlyLegalForms(text), text);
  });

  it('needs a legal form: joiners alone or with other words are not one', () => {
    for (const text of ['z', 's Novák', 'Sp. z Kowalski']) assert.ok(!onlyLegalForms(text), text);
  });
});

describe('opensWithLegalForm', () => {
  it('finds a form written before the name in any script', () => {
    for (const text of [
      'ООО «Северный Ветер»',
      'บริษัท สยามเกษตร จำกัด',
      '(주)한빛소프트웨어',
      'Công ty TNHH Nam Phong',
      'შპს „მთის წყარო“',
      'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «Лесная Поляна»',
      'ТОВАРИСТВО З ОБМЕЖЕНОЮ ВІДПОВІДАЛЬНІСТЮ «Зелений Гай»',
      'ТАВАРЫСТВА З АБМЕЖАВАНАЙ АДКАЗНАСЦЮ «Цёплы Дом»',
    ])
      assert.ok(opensWithLegalForm(text), text);
  });

  it('finds a form of a script without case before title words of the firm’s trade', () => {
    assert.ok(opensWithLegalForm('شرکت مشاوران مدیریت نوآوران'));
    assert.ok(opensWithLegalForm('شركة المهندس المتحد للمقاولات'));
  });

  it('takes no form closing the name, a form before a title, or a title for one', () => {
    for (const text of [
      '해강물산(주)',
      'Nordvik AB',
      'SCP Engineer',
      'ผู้จัดการฝ่ายขาย บริษัท สยามเกษตร จำกัด',
      'Công nghệ thông tin',
      'Общество любителей садовых роз',
      'Товариство шанувальників старої книги',
      'Таварыства аматараў народнай музыкі',
    ])
      assert.ok(!opensWithLegalForm(text), text);
  });
});

describe('a title and a firm opened by its legal form on one line', () => {
  it('parts the title from the firm', () => {
    const contact = parseContact('Игорь Лапин\nКоммерческий директор ООО «Уральский Камень»\nlapin@uralkamen.example');
    assert.equal(contact.title?.value, 'Коммерческий директор');
    assert.equal(contact.company?.value, 'ООО «Уральский Камень»');
  });
});

describe('namesOrganisation', () => {
  it('reads a line closed by a quoted name, or opened by the kind of body, as a name', () => {
    assert.ok(namesOrganisation('Institut za istraživanja mora „Jadran“'));
    assert.ok(namesOrganisation('Научно-технический центр «Северный Поток»'));
    assert.ok(namesOrganisation("Cabinet d'orthophonie des Chartrons"));
    assert.ok(namesOrganisation('Instituto de estudios marinos del Cantábrico'));
  });

  it('reads no sentence, no tagline going on in lower case and no quote of a word in lower case as one', () => {
    assert.ok(!namesOrganisation('Design that works for people'));
    assert.ok(!namesOrganisation('we call it „Nordlicht“.'));
    assert.ok(!namesOrganisation('the so-called „bridge“ contract'));
  });

  it('reads a national adjective before a kind and its of as a body, not a title before it', () => {
    assert.ok(namesOrganisation('Norsk institutt for jordbruksforskning'));
    assert.ok(namesOrganisation('National Council for Coastal Fisheries'));
    assert.ok(!namesOrganisation('Dean School of Law'));
  });

  it('reads a university hospital by its acronym in capitals only: Chu is a family name', () => {
    assert.ok(namesOrganisation('CHU de Belcourt-sur-Oise'));
    assert.ok(!namesOrganisation('Chu de Belcourt-sur-Oise'));
  });
});

describe('closesAsDepartment', () => {
  it('reads a department word closing a name line, in a cased script or as a caseless ending', () => {
    for (const word of ['Maintenance', 'Kundeservice', 'Driftsafdeling', '자재개발팀', '海外営業部'])
      assert.ok(closesAsDepartment(word), word);
  });

  it('leaves a given or family name and a whole caseless word that names often hold', () => {
    for (const word of ['Hartl', 'Okafor', 'بخش', 'واحد']) assert.equal(closesAsDepartment(word), false, word);
  });

  it('reads a numbered department of a script without spaces past its number', () => {
    for (const word of ['해외영업3팀', '開発1課']) assert.ok(closesAsDepartment(word), word);
    assert.equal(closesAsDepartment('2팀'), false);
  });
});

describe('closesOnOrganisationKind', () => {
  it('reads a caseless firm name closed by its kind of organisation', () => {
    for (const word of ['南京明远会计师事务所', '한결법률사무소', '다온솔루션', '松本工務店', 'みなとクリニック'])
      assert.ok(closesOnOrganisationKind(word), word);
  });

  it('reads neither the kind alone nor a word holding it elsewhere, nor a cased word', () => {
    for (const word of ['事务所', 'クリニック', '银行业务部', 'Solutions'])
      assert.equal(closesOnOrganisationKind(word), false, word);
  });
});

describe('titleScore of a rank the writer greets the reader by', () => {
  it('counts no rank with an honorific fused to it', () => {
    assert.equal(titleScore('과장님 안녕하세요'), 0);
    assert.equal(titleScore('部長様'), 0);
  });

  it('still counts the rank written alone', () => {
    assert.ok(titleScore('영업팀 과장') > 0);
    assert.ok(titleScore('部長') > 0);
  });
});

describe('namesUniversity', () => {
  it('reads a university by its word in any position, or inside a word of a script without spaces', () => {
    assert.equal(namesUniversity('University of Lanwick'), true);
    assert.equal(namesUniversity('Karadeniz Kıyı Üniversitesi'), true);
    assert.equal(namesUniversity('東西工業大学'), true);
    assert.equal(namesUniversity('한빛대학교'), true);
  });

  it('reads no school, faculty or department of one, nor a firm', () => {
    assert.equal(namesUniversity('School of Chemistry'), false);
    assert.equal(namesUniversity('Makine Mühendisliği Bölümü'), false);
    assert.equal(namesUniversity('Kestrel Biotech Ltd'), false);
  });
});

describe('isItemColumnHeadings', () => {
  it("reads an item table's heading row, its abbreviations' dots and a script without spaces too", () => {
    assert.equal(isItemColumnHeadings('Pos. Menge Bezeichnung Einzelpreis Gesamt'), true);
    assert.equal(isItemColumnHeadings('Referencia\tDescripción\tFormato\tPVP (€)\tStock'), true);
    assert.equal(isItemColumnHeadings('Codice     Descrizione     Q.tà     U.M.'), true);
    assert.equal(isItemColumnHeadings('品名　　数量　　単価　　金額'), true);
  });

  it('reads no title, name or one heading alone', () => {
    assert.equal(isItemColumnHeadings('Unit Manager'), false);
    assert.equal(isItemColumnHeadings('Vincent Price'), false);
    assert.equal(isItemColumnHeadings('Total'), false);
  });

  it('reads a price’s initial as a heading only before its unit’s word, not two initials or one before a tax', () => {
    assert.equal(isItemColumnHeadings('Concepto  Cant.  P. Unitario  Total'), true);
    assert.equal(isItemColumnHeadings('Quantidade  V. Unitário  Valor'), true);
    assert.equal(isItemColumnHeadings('P. V.'), false);
    assert.equal(isItemColumnHeadings('V. IVA'), false);
  });
});

describe('companyScore of a page heading in the writer’s voice', () => {
  it('names no firm with `Our …`, `Unsere …`, `Nuestros …` over the people', () => {
    assert.equal(companyScore('Our Consultants'), 0);
    assert.equal(companyScore('Unsere Rechtsanwälte'), 0);
    assert.equal(companyScore('Nuestros Consultores'), 0);
  });

  it('still names a devotional institution or a firm with its legal form', () => {
    assert.ok(companyScore('Our Lady of Lourdes Hospital') > 0);
    assert.ok(companyScore('Nuestra Señora del Carmen Hospital') > 0);
    assert.ok(companyScore('Hospital Nuestra Señora del Carmen') > 0);
    assert.ok(companyScore('My Bakery Ltd') >= COMPANY_LEGAL_WEIGHT);
  });
});

describe('titleScore of titles joined by a slash', () => {
  it('counts a title word written joined to another by a slash, as by a hyphen', () => {
    assert.equal(titleScore('Managing Director/CEO') > 0, true);
    assert.equal(titleScore('Owner/Operator') > 0, true);
  });

  it('counts no word of a slash-joined pair that holds none', () => {
    assert.equal(titleScore('EN/DE'), 0);
  });
});

describe('companyScore of a legal form that is a plain word', () => {
  it('counts no legal form for Company before a title or a department word', () => {
    assert.equal(companyScore('Assistant Company Secretary') < COMPANY_LEGAL_WEIGHT, true);
    assert.equal(companyScore('Tax & Company Secretariat') < COMPANY_LEGAL_WEIGHT, true);
  });

  it('still counts Company and Limited closing a firm', () => {
    assert.equal(companyScore('Harbour Trading Company') >= COMPANY_LEGAL_WEIGHT, true);
    assert.equal(companyScore('Coastline Savings and Loans Limited') >= COMPANY_LEGAL_WEIGHT, true);
  });
});

describe('companyScore of an establishment named by its kind', () => {
  it('counts the kind opening a small firm or an association in several languages', () => {
    for (const firm of [
      'Bodega Los Almendros',
      'Agriturismo Poggio Sereno',
      'Weingut Brugger-Halm',
      'Asociación Vecinal Arroyo Claro',
    ])
      assert.equal(companyScore(firm) >= 1, true, firm);
  });
});
